package se.kompetensresan.participant.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.Notices;
import se.kompetensresan.shared.ui.Formats;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.participant.AdjustmentInfo;
import se.kompetensresan.participant.MonthEventInfo;
import se.kompetensresan.participant.MonthStatus;
import se.kompetensresan.participant.AdjustmentForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantMonthInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.RegisterExtract;
import se.kompetensresan.shared.ui.PickDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.StepUp;
import se.kompetensresan.security.StepUpDialog;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One participant: details (birth year only), their months with state and trail, and the corrections: reopen a sent
 * or signed month (with a reason), send a corrected month again, remind, and adjust a locked month (an adjustment in
 * the current month). The company and its coach act; managers and admins read, and answer the person's GDPR
 * requests here: the register extract (a download) and erasure on request (refused, with the reason shown, once the
 * person is part of a report).
 */
@Route("participant/:participantId")
@PermitAll
class ParticipantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantService participants;
    private final SigningService signing;
    private final TrainingService training;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StepUp stepUp;
    private ParticipantInfo participant;

    ParticipantView(ParticipantService participants, SigningService signing, TrainingService training,
                    CompanyService companies, CurrentUser currentUser, Clock clock, StepUp stepUp) {
        this.stepUp = stepUp;
        this.participants = participants;
        this.signing = signing;
        this.training = training;
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("participant-view");
        setMaxWidth("1100px");
    }

    @Override
    public String getPageTitle() {
        return participant == null ? getTranslation("participant.page.title") : participant.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participant = participants.get(RouteIds.number(event, "participantId"));
        build();
    }

    /** The project office (MANAGER, ADMIN) answers a person's GDPR requests: erasure and the register extract. */
    private boolean controller() {
        return currentUser.get().map(u -> u.is(Role.MANAGER) || u.is(Role.ADMIN)).orElse(false);
    }

    private boolean mayAct() {
        return currentUser.get().map(u -> u.is(Role.COMPANY) || u.is(Role.COACH)).orElse(false);
    }

    private void build() {
        removeAll();
        ParticipantInfo p = participant;
        String company = companies.get(p.companyId()).name();
        add(new H1(p.name()));
        Paragraph about = new Paragraph(getTranslation("participant.page.about", company,
                p.protectedIdentity() ? getTranslation("participant.protected.short") : getTranslation("participant.born", p.masked()),
                getTranslation("participant.gender." + p.gender()),
                p.ageBand() == null ? "–" : getTranslation("participant.ageBand." + p.ageBand()), p.email(), p.startDate(),
                p.active(LocalDate.now(clock)) ? getTranslation("participant.status.active")
                        : getTranslation("participant.status.ended", p.endDate(), getTranslation("participant.endReason." + p.endReason()))));
        about.setId("participant-about");
        add(about);
        if (controller()) {
            add(gdpr(p));
        }

        com.vaadin.flow.component.orderedlayout.FlexLayout links = new com.vaadin.flow.component.orderedlayout.FlexLayout();
        links.setId("participant-activities");
        links.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        for (TrainingActivityInfo a : training.activitiesOf(p.companyId())) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "training/attendance/" + a.id(), getTranslation("participant.page.attendanceOf", a.courseName()));
            link.setId("participant-activity-" + a.id());
            links.add(link);
        }
        add(links);
        add(new H2(getTranslation("participant.page.months")));
        List<ParticipantMonthInfo> months = signing.monthsOf(p.id());
        Grid<ParticipantMonthInfo> grid = new Grid<>();
        grid.setId("participant-months");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("participant.signing.month")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("participant.monthStatus." + m.status())).setHeader(getTranslation("participant.col.status")).setAutoWidth(true);
        grid.addColumn(ParticipantMonthInfo::hours).setHeader(getTranslation("participant.col.hours")).setAutoWidth(true);
        grid.addColumn(m -> m.signedHours() == null ? "" : String.valueOf(m.signedHours())).setHeader(getTranslation("participant.col.signedHours")).setAutoWidth(true);
        grid.addColumn(m -> m.status() == MonthStatus.DISPUTED && m.disputeComment() != null ? m.disputeComment() : "")
                .setHeader(getTranslation("participant.col.comment")).setFlexGrow(2);
        grid.setItems(months);
        grid.setAllRowsVisible(true);
        HorizontalLayout monthActions = new HorizontalLayout();
        monthActions.setId("participant-month-actions");
        add(grid, monthActions);

        Grid<MonthEventInfo> trail = new Grid<>();
        trail.setId("participant-trail");
        trail.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        trail.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("participant.trail.at")).setAutoWidth(true);
        trail.addColumn(e -> getTranslation("participant.event." + e.type())).setHeader(getTranslation("participant.trail.what")).setAutoWidth(true);
        trail.addColumn(e -> e.actor().startsWith("participant:") ? getTranslation("participant.trail.participant") : e.actor())
                .setHeader(getTranslation("participant.trail.who")).setAutoWidth(true);
        trail.addColumn(e -> e.hours() == null ? "" : String.valueOf(e.hours())).setHeader(getTranslation("participant.col.hours")).setAutoWidth(true);
        trail.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("participant.col.comment")).setFlexGrow(2);
        trail.setAllRowsVisible(true);
        H2 trailTitle = new H2(getTranslation("participant.page.trail"));
        trailTitle.setVisible(false);
        trail.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            ParticipantMonthInfo m = e.getValue();
            monthActions.removeAll();
            trailTitle.setVisible(m != null);
            trail.setVisible(m != null);
            if (m == null) {
                return;
            }
            trail.setItems(signing.trail(m.id()));
            trailTitle.setText(getTranslation("participant.page.trailOf", m.month()));
            if (mayAct()) {
                monthActions.add(actions(m));
            }
        });
        add(trailTitle, trail);
        if (!months.isEmpty()) {
            grid.select(months.get(0));
        }

        add(new H2(getTranslation("participant.page.adjustments")));
        List<AdjustmentInfo> adjustments = signing.adjustmentsOf(p.id());
        Grid<AdjustmentInfo> adj = new Grid<>();
        adj.setId("participant-adjustments");
        adj.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        adj.addColumn(a -> a.month().toString()).setHeader(getTranslation("participant.adjust.bookedIn")).setAutoWidth(true);
        adj.addColumn(a -> a.originalMonth().toString()).setHeader(getTranslation("participant.adjust.original")).setAutoWidth(true);
        adj.addColumn(AdjustmentInfo::courseName).setHeader(getTranslation("participant.adjust.activity")).setFlexGrow(1);
        adj.addColumn(AdjustmentInfo::hours).setHeader(getTranslation("participant.col.hours")).setAutoWidth(true);
        adj.addColumn(AdjustmentInfo::reason).setHeader(getTranslation("participant.adjust.reason")).setFlexGrow(2);
        adj.addColumn(AdjustmentInfo::createdBy).setHeader(getTranslation("participant.trail.who")).setAutoWidth(true);
        adj.setItems(adjustments);
        adj.setAllRowsVisible(true);
        adj.setVisible(!adjustments.isEmpty());
        add(adj);
        List<YearMonth> locked = months.stream().filter(m -> m.status() == MonthStatus.LOCKED).map(ParticipantMonthInfo::month).toList();
        if (mayAct() && !locked.isEmpty()) {
            Button adjust = new Button(getTranslation("participant.adjust.open"), e -> adjustDialog(locked));
            adjust.setId("participant-adjust");
            add(adjust);
        } else if (adjustments.isEmpty()) {
            add(new Paragraph(getTranslation("participant.adjust.none")));
        }
    }

    /**
     * The register extract (art. 15) as a download once the user confirmed who they are (step-up), and erasure on
     * request (art. 17) behind a confirmation with the reason and the step-up; erasure is disabled, with the reason
     * beside it, once the person is part of a report.
     */
    private VerticalLayout gdpr(ParticipantInfo p) {
        Button extract = new Button(getTranslation("participant.extract.download"));
        extract.setId("participant-extract");
        extract.getElement().setAttribute("title", getTranslation("participant.extract.download.help"));
        extract.addClickListener(e -> StepUpDialog.run(() -> {
            stepUp.require("the register extract of participant " + p.id());
            Anchor download = new Anchor(new ExtractDownload(participants, p.id()), getTranslation("participant.extract.ready"));
            download.setId("participant-extract-download");
            extract.getParent().ifPresent(parent -> ((HorizontalLayout) parent).replace(extract, download));
        }));
        Button erase = new Button(getTranslation("participant.erase.open"), e -> eraseDialog(p));
        erase.setId("participant-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(extract, erase);
        buttons.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(buttons);
        box.setId("participant-gdpr");
        box.setPadding(false);
        box.setSpacing(false);
        participants.erasureRefusal(p.id()).ifPresent(key -> {
            erase.setEnabled(false);
            Paragraph why = new Paragraph(getTranslation(key));
            why.setId("participant-erase-refused");
            erase.getElement().setAttribute("aria-describedby", "participant-erase-refused");
            box.add(why);
        });
        return box;
    }

    private void eraseDialog(ParticipantInfo p) {
        TextArea reason = new TextArea(getTranslation("participant.erase.reason"));
        reason.setId("participant-erase-reason");
        reason.setHelperText(getTranslation("participant.erase.reason.help"));
        PickDialog.open("participant-erase", getTranslation("participant.erase.title", p.name()), reason,
                getTranslation("participant.cancel"), getTranslation("participant.erase.confirm"),
                r -> StepUpDialog.run(() -> {
                    participants.erase(p.id(), r);
                    Notices.success(getTranslation("participant.erase.done"));
                    getUI().ifPresent(ui -> ui.navigate("participants"));
                })).dangerous();
    }

    /** Makes the extract when the link is followed (so the access log records each download). */
    static final class ExtractDownload implements DownloadHandler {
        private final ParticipantService participants;
        private final long participantId;

        ExtractDownload(ParticipantService participants, long participantId) {
            this.participants = participants;
            this.participantId = participantId;
        }

        RegisterExtract extract() {
            return participants.extract(participantId);
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            RegisterExtract x = extract();
            byte[] bytes = x.bytes();
            event.setFileName(x.fileName());
            event.setContentType("text/plain; charset=UTF-8");
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    private HorizontalLayout actions(ParticipantMonthInfo m) {
        HorizontalLayout h = new HorizontalLayout();
        if (m.status() == MonthStatus.SENT || m.status() == MonthStatus.SIGNED) {
            h.add(small("participant.month.reopen", "month-reopen-" + m.id(), () -> reasonDialog(
                    getTranslation("participant.month.reopen"), getTranslation("participant.month.reopen.help"),
                    r -> signing.reopen(m.id(), r))));
        }
        if (m.status() == MonthStatus.SENT) {
            h.add(small("participant.month.remind", "month-remind-" + m.id(), () -> act(() -> signing.remind(m.id()))));
        }
        if (m.status() == MonthStatus.DISPUTED) {
            h.add(small("participant.month.resendCorrected", "month-resend-" + m.id(), () -> reasonDialog(
                    getTranslation("participant.month.resendCorrected"), getTranslation("participant.month.corrected.help"),
                    r -> signing.resend(m.id(), r))));
        }
        if (m.status() == MonthStatus.OPEN) {
            h.add(small("participant.month.resend", "month-resend-" + m.id(), () -> act(() -> signing.resend(m.id(), null))));
        }
        return h;
    }

    private Button small(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserMessageException ex) {
            Notices.error(getTranslation(ex.messageKey(), ex.args()));
            return;
        }
        Notices.success(getTranslation("participant.month.done"));
        build();
    }

    private void reasonDialog(String title, String help, Consumer<String> action) {
        Dialog d = new Dialog();
        d.setId("month-reason-dialog");
        d.setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("participant.month.reason"));
        reason.setId("month-reason");
        reason.setHelperText(help);
        reason.setWidth("min(30em, 80vw)");
        d.add(reason);
        Button ok = new Button(title, e -> {
            if (!new FieldErrors(this).on("participant.error.reason", reason).run(() -> action.accept(reason.getValue()))) {
                return;
            }
            d.close();
            Notices.success(getTranslation("participant.month.done"));
            build();
        });
        ok.setId("month-reason-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("participant.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void adjustDialog(List<YearMonth> locked) {
        Dialog d = new Dialog();
        d.setId("adjust-dialog");
        d.setHeaderTitle(getTranslation("participant.adjust.open"));
        ComboBox<YearMonth> month = new ComboBox<>(getTranslation("participant.adjust.original"));
        month.setId("adjust-month");
        month.setItems(locked);
        month.setValue(locked.get(0));
        ComboBox<TrainingActivityInfo> activity = new ComboBox<>(getTranslation("participant.adjust.activity"));
        activity.setId("adjust-activity");
        List<TrainingActivityInfo> acts = training.activitiesOf(participant.companyId());
        activity.setItems(acts);
        activity.setItemLabelGenerator(TrainingActivityInfo::courseName);
        if (!acts.isEmpty()) {
            activity.setValue(acts.get(0));
        }
        IntegerField hours = new IntegerField(getTranslation("participant.adjust.hours"));
        hours.setId("adjust-hours");
        hours.setHelperText(getTranslation("participant.adjust.hours.help"));
        TextArea reason = new TextArea(getTranslation("participant.adjust.reason"));
        reason.setId("adjust-reason");
        d.add(new VerticalLayout(new Paragraph(getTranslation("participant.adjust.help", YearMonth.now(clock))),
                month, activity, hours, reason));
        Button ok = new Button(getTranslation("participant.adjust.submit"), e -> {
            FieldErrors errors = new FieldErrors(this).on("participant.error.adjust.hours", hours)
                    .on("participant.error.reason", reason).on("participant.error.adjust.notLocked", month);
            if (!errors.run(() -> signing.adjust(new AdjustmentForm(participant.id(),
                    activity.getValue() == null ? -1 : activity.getValue().id(), month.getValue(), hours.getValue(),
                    reason.getValue())))) {
                return;
            }
            d.close();
            Notices.success(getTranslation("participant.adjust.done"));
            build();
        });
        ok.setId("adjust-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("participant.cancel"), e -> d.close()), ok);
        d.open();
    }
}
