package se.kompetensresan.participant.ui;

import se.kompetensresan.shared.ui.Notices;
import se.kompetensresan.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.participant.MonthStatus;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantMonthInfo;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly signing (månadsintyg): who has signed a month, who has not, who disputed it. The company and its coach send
 * a month (the monthly job does it on the first working day anyway) and remind; a click opens the participant with
 * the month's trail. The manager locks a month of the project once it is in a payment claim.
 */
@Route("signing")
@Menu(order = 9, title = "participant.menu.signing", icon = "vaadin:check-square-o")
@PermitAll
class SigningStatusView extends VerticalLayout implements HasDynamicTitle {

    private final SigningService signing;
    private final UserAccount user;
    private final Select<YearMonth> month = new Select<>();
    private final ComboBox<CompanyInfo> company = new ComboBox<>();
    private final Checkbox unsigned = new Checkbox();
    private final Grid<ParticipantMonthInfo> grid = new Grid<>();
    private final Span summary = new Span();
    private final Paragraph pending = new Paragraph();
    private final Button send = new Button();
    private final Long ownCompany;

    SigningStatusView(SigningService signing, CompanyService companies, ProjectService projects, CurrentUser currentUser,
                      Clock clock) {
        this.signing = signing;
        this.user = currentUser.require();
        setId("signing-status-view");
        setSizeFull();
        ownCompany = user.is(Role.COMPANY) ? user.companyId() : null;
        add(new H1(getTranslation("participant.signing.title")), new Paragraph(getTranslation("participant.signing.intro")));

        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            months.add(now.minusMonths(i));
        }
        month.setId("signing-month");
        month.setLabel(getTranslation("participant.signing.month"));
        month.setItems(months);
        month.setValue(now.minusMonths(1));
        month.addValueChangeListener(e -> refresh());
        company.setId("signing-company");
        company.setLabel(getTranslation("participant.filter.company"));
        company.setItems(companies.visible());
        company.setItemLabelGenerator(CompanyInfo::name);
        company.setClearButtonVisible(true);
        company.setVisible(ownCompany == null);
        company.addValueChangeListener(e -> refresh());
        unsigned.setId("signing-unsigned");
        unsigned.setLabel(getTranslation("participant.signing.onlyUnsigned"));
        unsigned.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(month, company, unsigned);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);

        send.setText(getTranslation("participant.signing.send"));
        send.setId("signing-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            Long c = selectedCompany();
            if (c == null) {
                return;
            }
            try {
                int n = signing.sendMonth(c, month.getValue());
                Notices.success(getTranslation("participant.signing.sent", n));
            } catch (UserMessageException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
            refresh();
        });
        pending.setId("signing-pending");
        HorizontalLayout sendRow = new HorizontalLayout(pending, send);
        sendRow.setAlignItems(Alignment.BASELINE);
        sendRow.setVisible(user.is(Role.COMPANY) || user.is(Role.COACH));
        add(sendRow);

        if (user.is(Role.MANAGER) || user.is(Role.ADMIN)) {
            ComboBox<ProjectInfo> project = new ComboBox<>(getTranslation("participant.signing.project"));
            project.setId("signing-project");
            project.setItems(projects.visibleProjects());
            project.setItemLabelGenerator(ProjectInfo::name);
            Button lock = new Button(getTranslation("participant.signing.lock"), e -> {
                if (project.getValue() == null) {
                    project.setErrorMessage(getTranslation("participant.signing.lock.project"));
                    project.setInvalid(true);
                    return;
                }
                ConfirmDialog d = new ConfirmDialog(getTranslation("participant.signing.lock"),
                        getTranslation("participant.signing.lock.confirm", month.getValue(), project.getValue().name()),
                        getTranslation("participant.signing.lock"), ev -> {
                    try {
                        int n = signing.lockMonth(project.getValue().id(), month.getValue());
                        Notices.success(getTranslation("participant.signing.locked", n));
                    } catch (UserMessageException ex) {
                        Notices.error(getTranslation(ex.messageKey(), ex.args()));
                    }
                    refresh();
                });
                d.setCancelable(true);
                d.setCancelText(getTranslation("participant.cancel"));
                d.setId("signing-lock-confirm");
                d.open();
            });
            lock.setId("signing-lock");
            HorizontalLayout lockRow = new HorizontalLayout(project, lock);
            lockRow.setAlignItems(Alignment.BASELINE);
            add(lockRow);
        }

        grid.setId("signing-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ParticipantMonthInfo::participantName).setHeader(getTranslation("participant.col.name")).setSortable(true).setFlexGrow(2);
        if (ownCompany == null) {
            grid.addColumn(ParticipantMonthInfo::companyName).setHeader(getTranslation("participant.col.company")).setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(m -> getTranslation("participant.monthStatus." + m.status())).setHeader(getTranslation("participant.col.status"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(ParticipantMonthInfo::hours).setHeader(getTranslation("participant.col.hours")).setAutoWidth(true);
        grid.addColumn(m -> m.signedHours() == null ? "" : String.valueOf(m.signedHours()))
                .setHeader(getTranslation("participant.col.signedHours")).setAutoWidth(true);
        grid.addColumn(m -> m.sentAt() == null ? "" : Formats.dateTime(m.sentAt())).setHeader(getTranslation("participant.col.sent")).setAutoWidth(true);
        grid.addColumn(m -> m.remindedAt() == null ? "" : Formats.dateTime(m.remindedAt())).setHeader(getTranslation("participant.col.reminded")).setAutoWidth(true);
        grid.addColumn(m -> m.disputeComment() == null || m.status() != MonthStatus.DISPUTED ? "" : m.disputeComment())
                .setHeader(getTranslation("participant.col.comment")).setFlexGrow(3);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("participant/" + e.getItem().participantId())));
        grid.setSizeFull();
        summary.setId("signing-summary");
        add(summary, grid);
        refresh();
    }

    private Long selectedCompany() {
        return ownCompany != null ? ownCompany : company.getValue() == null ? null : company.getValue().id();
    }

    private void refresh() {
        Long c = selectedCompany();
        List<ParticipantMonthInfo> all = signing.months(month.getValue(), c);
        List<ParticipantMonthInfo> shown = unsigned.getValue()
                ? all.stream().filter(m -> m.signedHours() == null).toList() : all;
        grid.setItems(shown);
        long signed = all.stream().filter(m -> m.signedHours() != null).count();
        long disputed = all.stream().filter(m -> m.status() == MonthStatus.DISPUTED).count();
        summary.setText(getTranslation("participant.signing.summary", all.size(), signed, disputed, all.size() - signed - disputed));
        List<ParticipantInfo> notSent = signing.notYetSent(month.getValue(), c);
        pending.setText(c == null ? getTranslation("participant.signing.chooseCompany")
                : getTranslation("participant.signing.pending", notSent.size()));
        send.setEnabled(c != null && !notSent.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.signing.title");
    }
}
