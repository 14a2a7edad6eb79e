package se.kompetensresan.company.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.FieldError;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.SniCodes;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.OrganisationNumber;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.kompetensresan.shared.UserMessageException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;

/**
 * "Anmäl ert företag": the public onboarding form, without login and without the main layout. Every field is
 * checked again by {@link OnboardingService#apply}; its errors appear next to the fields and nothing typed is lost.
 */
@Route(value = "onboarding/:projectId?", autoLayout = false)
@AnonymousAllowed
class OnboardingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;
    private final Geography geography;
    private final SniCodes sni;

    private final Select<ProjectInfo> project = new Select<>();
    private final TextField orgnr = new TextField();
    private final Span legalForm = new Span();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField town = new TextField();
    private final ComboBox<Geography.Municipality> municipality = new ComboBox<>();
    private final Span county = new Span();
    private final TextField sniCodes = new TextField();
    private final Span sniDivision = new Span();
    private final TextField women = new TextField();
    private final TextField men = new TextField();
    private final Select<TurnoverClass> turnover = new Select<>();
    private final TextField contactName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Checkbox consent = new Checkbox();
    /** The de minimis declaration: one field per fiscal year, the current one first. */
    private final List<TextField> deMinimis = new java.util.ArrayList<>();
    private final Div deMinimisWarning = new Div();
    private final Paragraph formError = new Paragraph();
    private final Map<ApplicationField, HasValidation> fields = new EnumMap<>(ApplicationField.class);
    private final VerticalLayout body = new VerticalLayout();

    OnboardingView(OnboardingService onboarding, Geography geography, SniCodes sni) {
        this.onboarding = onboarding;
        this.geography = geography;
        this.sni = sni;
        setId("onboarding-view");
        setPadding(false);
        addClassName("onboarding-view");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("onboarding-brand");
        Anchor login = new Anchor("login", getTranslation("company.onboarding.login"));
        login.setId("onboarding-login");
        Header header = new Header(brand, login);
        header.addClassName("onboarding-header");
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("justify-content", "space-between")
                .set("align-items", "center").set("gap", "var(--lumo-space-s)").set("width", "100%")
                .set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(header);

        body.setMaxWidth("960px");
        body.setWidthFull();
        body.getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        add(body);
        showForm();
    }

    private void showForm() {
        body.removeAll();
        body.add(new H2(getTranslation("company.onboarding.title")), new Paragraph(getTranslation("company.onboarding.intro")));

        project.setId("onboarding-project");
        project.setLabel(getTranslation("company.field.project"));
        List<ProjectInfo> open = onboarding.openProjects();
        project.setItems(open);
        if (open.isEmpty()) {
            project.setHelperText(getTranslation("company.onboarding.noProjects"));
        }
        project.setItemLabelGenerator(ProjectInfo::name);
        project.addValueChangeListener(e -> updateDeMinimisWarning());

        orgnr.setId("onboarding-orgnr");
        orgnr.setLabel(getTranslation("company.field.orgnr"));
        orgnr.setHelperText(getTranslation("company.field.orgnr.helper"));
        orgnr.setValueChangeMode(ValueChangeMode.LAZY);
        orgnr.addValueChangeListener(e -> showLegalForm());
        legalForm.setId("onboarding-legalform");
        legalForm.addClassName("onboarding-hint");

        text(name, "onboarding-name", "company.field.name", 200);
        text(address, "onboarding-address", "company.field.address", 300);
        text(postalCode, "onboarding-postalcode", "company.field.postalcode", 6);
        text(town, "onboarding-town", "company.field.town", 100);

        municipality.setId("onboarding-municipality");
        municipality.setLabel(getTranslation("company.field.municipality"));
        municipality.setItems(geography.municipalities());
        municipality.setItemLabelGenerator(Geography.Municipality::name);
        municipality.addValueChangeListener(e -> county.setText(e.getValue() == null ? "" : getTranslation("company.field.county",
                geography.county(e.getValue().countyCode()).map(Geography.County::name).orElse(""))));
        county.setId("onboarding-county");
        county.addClassName("onboarding-hint");

        text(sniCodes, "onboarding-sni", "company.field.sni", 200);
        sniCodes.setHelperText(getTranslation("company.field.sni.helper"));
        sniCodes.setValueChangeMode(ValueChangeMode.LAZY);
        sniCodes.addValueChangeListener(e -> showSniDivision());
        sniDivision.setId("onboarding-sni-division");
        sniDivision.addClassName("onboarding-hint");

        number(women, "onboarding-women", "company.field.women");
        number(men, "onboarding-men", "company.field.men");

        turnover.setId("onboarding-turnover");
        turnover.setLabel(getTranslation("company.field.turnover"));
        turnover.setItems(TurnoverClass.values());
        turnover.setItemLabelGenerator(t -> getTranslation("company.turnover." + t.name()));

        text(contactName, "onboarding-contact-name", "company.field.contactName", 200);
        email.setId("onboarding-email");
        email.setLabel(getTranslation("company.field.email"));
        text(phone, "onboarding-phone", "company.field.phone", 30);

        Paragraph consentText = new Paragraph(getTranslation("company.consent.text"));
        consentText.setId("onboarding-consent-text");
        consent.setId("onboarding-consent");
        consent.setLabel(getTranslation("company.field.consent"));

        List<Integer> years = onboarding.deMinimisYears();
        deMinimis.clear();
        for (int i = 0; i < years.size(); i++) {
            TextField row = new TextField(getTranslation("company.field.deminimis.year", String.valueOf(years.get(i))));
            row.setId(i == 0 ? "onboarding-deminimis" : "onboarding-deminimis-" + i);
            row.getElement().setAttribute("inputmode", "decimal");
            row.setValueChangeMode(ValueChangeMode.LAZY);
            row.addValueChangeListener(e -> updateDeMinimisWarning());
            deMinimis.add(row);
        }
        Paragraph deMinimisIntro = new Paragraph(getTranslation("company.field.deminimis.helper"));
        deMinimisIntro.setId("onboarding-deminimis-intro");
        deMinimisWarning.setId("onboarding-deminimis-warning");
        deMinimisWarning.addClassName("onboarding-warning");
        deMinimisWarning.getStyle().set("color", "var(--lumo-warning-text-color, #8a6100)");
        deMinimisWarning.setVisible(false);

        fields.put(ApplicationField.PROJECT, project);
        fields.put(ApplicationField.ORGANISATION_NUMBER, orgnr);
        fields.put(ApplicationField.NAME, name);
        fields.put(ApplicationField.VISITING_ADDRESS, address);
        fields.put(ApplicationField.POSTAL_CODE, postalCode);
        fields.put(ApplicationField.TOWN, town);
        fields.put(ApplicationField.MUNICIPALITY, municipality);
        fields.put(ApplicationField.SNI_CODES, sniCodes);
        fields.put(ApplicationField.EMPLOYEES_WOMEN, women);
        fields.put(ApplicationField.EMPLOYEES_MEN, men);
        fields.put(ApplicationField.TURNOVER, turnover);
        fields.put(ApplicationField.CONTACT_NAME, contactName);
        fields.put(ApplicationField.CONTACT_EMAIL, email);
        fields.put(ApplicationField.CONTACT_PHONE, phone);
        fields.put(ApplicationField.CONSENT, consent);
        for (int i = 0; i < deMinimis.size(); i++) {
            fields.put(ApplicationField.deMinimisRow(i), deMinimis.get(i));
        }

        FormLayout company = form();
        company.add(project, 2);
        company.add(withHint(orgnr, legalForm), name, address, postalCode, town, withHint(municipality, county),
                withHint(sniCodes, sniDivision), turnover, women, men);
        FormLayout contact = form();
        contact.add(contactName, email, phone);
        FormLayout consentForm = form();
        consentForm.add(new Div(consentText, consent), 2);
        com.vaadin.flow.component.html.H4 deMinimisTitle = new com.vaadin.flow.component.html.H4(getTranslation("company.field.deminimis"));
        deMinimisTitle.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin-top", "var(--lumo-space-l)");
        consentForm.add(new Div(deMinimisTitle, deMinimisIntro), 2);
        deMinimis.forEach(consentForm::add);
        consentForm.add(deMinimisWarning, 2);

        Button submit = new Button(getTranslation("company.onboarding.submit"), e -> submit());
        submit.setId("onboarding-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        formError.setId("onboarding-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        body.add(new H3(getTranslation("company.onboarding.section.company")), company,
                new H3(getTranslation("company.onboarding.section.contact")), contact,
                new H3(getTranslation("company.onboarding.section.consent")), consentForm, formError, submit);
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        f.setWidthFull();
        return f;
    }

    private static Div withHint(Component field, Span hint) {
        ((HasSize) field).setWidthFull();
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(field, hint);
    }

    /**
     * A text field without a browser maxlength: the browser would cut a longer text (a pasted 5 000-character name)
     * without a word; the service refuses it with "at most N characters" beside the field instead.
     */
    private void text(TextField f, String id, String labelKey, int max) {
        f.setId(id);
        f.setLabel(getTranslation(labelKey));
    }

    /** A count typed as text: the browser's number input would drop what is not a digit ("4O" would become 4). */
    private void number(TextField f, String id, String labelKey) {
        f.setId(id);
        f.setLabel(getTranslation(labelKey));
        f.getElement().setAttribute("inputmode", "numeric");
    }

    /** The number typed into the field, or null (an unreadable one is marked beside the field). */
    private <T> T parsed(TextField f, Function<String, T> parse) {
        try {
            return parse.apply(f.getValue());
        } catch (UserMessageException e) {
            f.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            f.setInvalid(true);
            return null;
        }
    }

    private void showLegalForm() {
        var problem = OrganisationNumber.validate(orgnr.getValue());
        if (problem.isEmpty()) {
            OrganisationNumber n = OrganisationNumber.parse(orgnr.getValue());
            legalForm.setText(getTranslation("company.field.legalform", getTranslation(n.legalFormKey())));
        } else {
            String v = orgnr.getValue() == null ? "" : orgnr.getValue().strip();
            legalForm.setText(!v.isEmpty() && Character.isDigit(v.charAt(0))
                    && getTranslation("shared.legalform." + v.charAt(0)).charAt(0) != '!'
                    ? getTranslation("company.field.legalform", getTranslation("shared.legalform." + v.charAt(0))) : "");
        }
    }

    private void showSniDivision() {
        List<String> codes = SniCodes.split(sniCodes.getValue());
        String text = "";
        if (!codes.isEmpty() && codes.get(0).length() >= 2) {
            text = sni.divisionName(codes.get(0).substring(0, 2))
                    .map(n -> getTranslation("company.field.sni.division", n)).orElse("");
        }
        sniDivision.setText(text);
    }

    private void updateDeMinimisWarning() {
        ProjectInfo p = project.getValue();
        BigDecimal received = BigDecimal.ZERO;
        try {
            for (TextField row : deMinimis) {
                BigDecimal v = ApplicationForm.amount(row.getValue());
                received = v == null ? received : received.add(v);
            }
        } catch (UserMessageException e) {
            received = null; // shown beside the field when the form is sent
        }
        boolean warn = received != null && received.signum() >= 0 && onboarding.deMinimisWarning(p == null ? null : p.id(), received);
        deMinimisWarning.setVisible(warn);
        if (warn) {
            NumberFormat nf = NumberFormat.getIntegerInstance(getLocale());
            deMinimisWarning.setText(getTranslation("company.deminimis.warning", nf.format(received),
                    nf.format(onboarding.estimatedAidEur(p == null ? null : p.id())), nf.format(onboarding.deMinimisCapEur())));
        }
    }

    private void submit() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        formError.setVisible(false);
        ProjectInfo p = project.getValue();
        Geography.Municipality m = municipality.getValue();
        ApplicationForm form = new ApplicationForm(p == null ? null : p.id(), orgnr.getValue(), name.getValue(),
                address.getValue(), postalCode.getValue(), town.getValue(), m == null ? null : m.code(), sniCodes.getValue(),
                parsed(women, ApplicationForm::count), parsed(men, ApplicationForm::count), turnover.getValue(),
                contactName.getValue(), email.getValue(), phone.getValue(), consent.getValue(),
                deMinimis.stream().map(row -> parsed(row, ApplicationForm::amount)).toList(), getLocale().getLanguage());
        try {
            String address = com.vaadin.flow.server.VaadinRequest.getCurrent() == null ? "unknown"
                    : com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr();
            ApplicationReceipt receipt = onboarding.apply(form, address);
            showConfirmation(receipt, email.getValue());
        } catch (ApplicationInvalidException e) {
            FieldErrors shown = new FieldErrors(this);
            for (FieldError err : e.errors()) {
                shown.showAt(fields.get(err.field()), err.messageKey(), err.args().toArray());
            }
            formError.setText(getTranslation("company.onboarding.fix"));
            formError.setVisible(true);
            fields.entrySet().stream().filter(en -> en.getValue().isInvalid()).findFirst()
                    .ifPresent(en -> ((Focusable<?>) en.getValue()).focus());
        } catch (se.kompetensresan.shared.UserMessageException e) {
            formError.setText(getTranslation(e.messageKey(), e.args()));
            formError.setVisible(true);
        }
    }

    private void showConfirmation(ApplicationReceipt receipt, String to) {
        body.removeAll();
        H2 title = new H2(getTranslation("company.onboarding.done.title"));
        Paragraph text = new Paragraph(getTranslation("company.onboarding.done.text", receipt.reference(), to));
        text.setId("onboarding-confirmation");
        Span reference = new Span(receipt.reference());
        reference.setId("onboarding-reference");
        reference.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-xl)");
        Anchor again = new Anchor("onboarding", getTranslation("company.onboarding.done.again"));
        again.setId("onboarding-again");
        Anchor status = new Anchor("onboarding/status/" + receipt.reference(), getTranslation("application.statuspage.title"));
        status.setId("onboarding-status-link");
        body.add(title, reference, text, status, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("projectId").ifPresent(id -> {
            try {
                long pid = Long.parseLong(id);
                project.getListDataView().getItems().filter(p -> p.id() == pid).findFirst().ifPresent(project::setValue);
            } catch (NumberFormatException ignored) {
                // an unknown project in the link: the visitor chooses one
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.onboarding.title") + " · " + getTranslation("app.name");
    }
}
