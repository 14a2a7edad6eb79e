package se.kompetensresan.company.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.CompanyChangeInfo;
import se.kompetensresan.company.CompanyDetails;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.DeMinimisService;
import se.kompetensresan.company.DeMinimisStanding;
import se.kompetensresan.company.ContactDetails;
import se.kompetensresan.company.FieldError;
import se.kompetensresan.company.SniCodes;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.UserMessageException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import se.kompetensresan.company.CompanyRegisterColumn;

/**
 * A company's page: its data, users and history of changes. Its own users, managers and admins edit the contact
 * data and invite colleagues. Tenant-checked: a foreign or unknown id renders the not-found page.
 */
@Route("companies/:companyId")
@PermitAll
class CompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CompanyService companies;
    private final DeMinimisService deMinimis;
    private final CurrentUser currentUser;
    private final Geography geography;
    private final SniCodes sni;
    private CompanyInfo company;

    private final List<CompanyRegisterColumn> extensions;

    CompanyView(CompanyService companies, DeMinimisService deMinimis, CurrentUser currentUser, Geography geography,
                SniCodes sni, List<CompanyRegisterColumn> extensions) {
        this.deMinimis = deMinimis;
        this.extensions = extensions;
        this.companies = companies;
        this.currentUser = currentUser;
        this.geography = geography;
        this.sni = sni;
        setId("company-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.number(event, "companyId");
        company = companies.get(id);
        render();
    }

    private void render() {
        removeAll();
        UserAccount me = currentUser.require();
        CompanyDetails details = companies.details(company.id());
        H1 title = new H1(company.name());
        title.setId("company-name");
        add(title);

        Div data = new Div();
        data.setId("company-data");
        data.add(line("company-orgnr", "company.col.orgnr", company.organisationNumber().formatted()));
        data.add(line("company-legalform", "company.page.legalform", getTranslation(company.organisationNumber().legalFormKey())));
        String address = company.visitingAddress() == null ? "" : company.visitingAddress()
                + (details.postalCode() == null ? "" : ", " + details.postalCode() + " " + (details.town() == null ? "" : details.town()));
        data.add(line("company-address", "company.page.address", address));
        String place = geography.municipality(company.municipalityCode()).map(m -> m.name() + ", "
                + geography.county(m.countyCode()).map(Geography.County::name).orElse("")).orElse("");
        data.add(line("company-municipality", "company.page.municipality", place));
        data.add(line("company-sni", "company.page.sni", String.join(", ", details.sniCodes().stream()
                .map(c -> c + (c.length() >= 2 ? " (" + sni.divisionName(c.substring(0, 2)).orElse("") + ")" : "")).toList())));
        data.add(line("company-employees", "company.page.employees",
                getTranslation("company.page.employees.value", company.employeesWomen(), company.employeesMen())));
        if (details.turnoverClass() != null) {
            data.add(line("company-turnover", "company.page.turnover", getTranslation("company.turnover." + details.turnoverClass().name())));
        }
        data.add(line("company-contact", "company.page.contact", String.join(" · ", nz(company.contactName()),
                nz(company.contactEmail()), nz(company.contactPhone()))));
        // what other modules know of the company (the journey module: phase and coach)
        for (CompanyRegisterColumn ext : extensions) {
            String value = ext.values(List.of(company.id())).get(company.id());
            if (value != null && !value.isBlank()) {
                data.add(line("company-" + ext.id(), ext.titleKey(), value));
            }
        }
        add(new H3(getTranslation("company.page.data")), data);

        boolean mayEdit = !me.is(Role.COACH);
        if (mayEdit) {
            add(editContact());
        }

        add(deMinimisSection(me));

        add(new H3(getTranslation("company.page.users")));
        Grid<UserAccount> users = new Grid<>();
        users.setId("company-users");
        users.addColumn(UserAccount::displayName).setHeader(getTranslation("company.page.invite.name")).setAutoWidth(true);
        users.addColumn(UserAccount::email).setHeader(getTranslation("company.page.invite.email")).setFlexGrow(1);
        users.setItems(companies.users(company.id()));
        users.setAllRowsVisible(true);
        add(users);
        if (mayEdit) {
            add(invite());
        }

        add(new H3(getTranslation("company.page.history")));
        var history = companies.history(company.id());
        if (history.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("company.page.history.empty"));
            none.setId("company-history-empty");
            add(none);
        } else {
            Grid<CompanyChangeInfo> grid = new Grid<>();
            grid.setId("company-history");
            grid.addColumn(h -> TIME.format(h.changedAt())).setHeader(getTranslation("company.history.when")).setAutoWidth(true);
            grid.addColumn(CompanyChangeInfo::changedBy).setHeader(getTranslation("company.history.who")).setAutoWidth(true);
            grid.addColumn(h -> getTranslation("company.history.field." + h.field())).setHeader(getTranslation("company.history.field")).setAutoWidth(true);
            grid.addColumn(h -> nz(h.oldValue()) + " → " + nz(h.newValue())).setHeader(getTranslation("company.history.change")).setFlexGrow(1);
            grid.setItems(history);
            grid.setAllRowsVisible(true);
            add(grid);
        }
    }

    /**
     * De minimis: the declared support per fiscal year and the training booked here, their total against the cap
     * (EUR and SEK) and what is left; the project office (manager, admin) corrects the declaration.
     */
    private Div deMinimisSection(UserAccount me) {
        DeMinimisStanding s = deMinimis.standing(company.id());
        Div box = new Div();
        box.setId("company-deminimis");
        box.add(new H3(getTranslation("company.page.deminimis")));
        Paragraph total = new Paragraph(getTranslation("company.deminimis.total", String.valueOf(s.fromYear()),
                String.valueOf(s.toYear()), s.totalEur(), s.totalSek(), s.capEur(), s.capSek()));
        total.setId("company-deminimis-total");
        Paragraph headroom = new Paragraph(s.overCap()
                ? getTranslation("company.deminimis.over", s.headroomEur().negate(), s.headroomSek().negate())
                : getTranslation("company.deminimis.headroom", s.headroomEur(), s.headroomSek()));
        headroom.setId("company-deminimis-headroom");
        if (s.nearCap()) {
            headroom.getStyle().set("color", s.overCap() ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #8a6100)");
        }
        box.add(total, headroom);
        Div rows = new Div();
        rows.setId("company-deminimis-years");
        for (DeMinimisStanding.YearSupport y : s.declared()) {
            rows.add(line("company-deminimis-" + y.fiscalYear(), "company.deminimis.declaredYear",
                    y.amountEur() == null ? getTranslation("company.deminimis.notDeclared")
                            : getTranslation("company.deminimis.eur", y.amountEur()), String.valueOf(y.fiscalYear())));
        }
        rows.add(line("company-deminimis-training", "company.deminimis.training",
                getTranslation("company.deminimis.sekEur", s.trainingSek(), s.trainingEur())));
        box.add(rows);
        Paragraph rate = new Paragraph(getTranslation("company.deminimis.rate", s.sekPerEur()));
        rate.setId("company-deminimis-rate");
        rate.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        box.add(rate);
        if (me.is(Role.MANAGER) || me.is(Role.ADMIN)) {
            box.add(correctDeclaration(s));
        }
        return box;
    }

    private Details correctDeclaration(DeMinimisStanding s) {
        Map<ApplicationField, HasValidation> fields = new EnumMap<>(ApplicationField.class);
        List<TextField> rows = new java.util.ArrayList<>();
        for (int i = 0; i < s.declared().size(); i++) {
            DeMinimisStanding.YearSupport y = s.declared().get(i);
            TextField f = new TextField(getTranslation("company.field.deminimis.year", String.valueOf(y.fiscalYear())));
            f.setId("company-deminimis-edit-" + i);
            f.getElement().setAttribute("inputmode", "decimal");
            f.setValue(y.amountEur() == null ? "" : y.amountEur().stripTrailingZeros().toPlainString().replace('.', ','));
            rows.add(f);
            fields.put(ApplicationField.deMinimisRow(i), f);
        }
        Button save = new Button(getTranslation("shared.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                deMinimis.correctDeclaration(company.id(), rows.stream().map(TextField::getValue).toList());
                Notification.show(getTranslation("shared.saved"));
                render();
            } catch (ApplicationInvalidException ex) {
                show(ex, fields);
            }
        });
        save.setId("company-deminimis-save");
        FormLayout form = new FormLayout();
        rows.forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Details d = new Details(getTranslation("company.deminimis.correct"), new VerticalLayout(form, save));
        d.setId("company-deminimis-correct");
        return d;
    }

    private Details editContact() {
        TextField name = field(new TextField(getTranslation("company.field.contactName")), "company-edit-name", company.contactName());
        EmailField email = new EmailField(getTranslation("company.field.email"));
        email.setId("company-edit-email");
        email.setValue(nz(company.contactEmail()));
        TextField phone = field(new TextField(getTranslation("company.field.phone")), "company-edit-phone", company.contactPhone());
        TextField address = field(new TextField(getTranslation("company.field.address")), "company-edit-address", company.visitingAddress());
        Map<ApplicationField, HasValidation> fields = new EnumMap<>(ApplicationField.class);
        fields.put(ApplicationField.CONTACT_NAME, name);
        fields.put(ApplicationField.CONTACT_EMAIL, email);
        fields.put(ApplicationField.CONTACT_PHONE, phone);
        fields.put(ApplicationField.VISITING_ADDRESS, address);
        Button save = new Button(getTranslation("shared.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                company = companies.updateContact(company.id(), new ContactDetails(name.getValue(), email.getValue(),
                        phone.getValue(), address.getValue()));
                Notification.show(getTranslation("shared.saved"));
                render();
            } catch (ApplicationInvalidException ex) {
                show(ex, fields);
            }
        });
        save.setId("company-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, email, phone, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Details d = new Details(getTranslation("company.page.edit"), new VerticalLayout(form, save));
        d.setId("company-edit");
        return d;
    }

    private Details invite() {
        TextField name = field(new TextField(getTranslation("company.page.invite.name")), "company-invite-name", "");
        EmailField email = new EmailField(getTranslation("company.page.invite.email"));
        email.setId("company-invite-email");
        Map<ApplicationField, HasValidation> fields = new EnumMap<>(ApplicationField.class);
        fields.put(ApplicationField.CONTACT_NAME, name);
        fields.put(ApplicationField.CONTACT_EMAIL, email);
        Button send = new Button(getTranslation("company.page.invite.send"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                String username = companies.inviteColleague(company.id(), name.getValue(), email.getValue());
                Notification.show(getTranslation("company.page.invite.sent", username));
                render();
            } catch (ApplicationInvalidException ex) {
                show(ex, fields);
            } catch (UserMessageException ex) {
                FieldErrors.of(this, email).show(ex);
            }
        });
        send.setId("company-invite-send");
        FormLayout form = new FormLayout(name, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Details d = new Details(getTranslation("company.page.invite"), new VerticalLayout(form, send));
        d.setId("company-invite");
        return d;
    }

    private void show(ApplicationInvalidException ex, Map<ApplicationField, HasValidation> fields) {
        FieldErrors shown = new FieldErrors(this);
        for (FieldError err : ex.errors()) {
            shown.showAt(fields.get(err.field()), err.messageKey(), err.args().toArray());
        }
    }

    private static TextField field(TextField f, String id, String value) {
        f.setId(id);
        f.setValue(nz(value));
        return f;
    }

    private Div line(String id, String key, String value, Object... labelArgs) {
        Span label = new Span(getTranslation(key, labelArgs) + ": ");
        label.addClassName("label");
        Span v = new Span(value == null ? "–" : value);
        v.setId(id);
        return new Div(label, v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return company == null ? getTranslation("company.register.title") : company.name();
    }
}
