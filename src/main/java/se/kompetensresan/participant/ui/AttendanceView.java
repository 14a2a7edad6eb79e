package se.kompetensresan.participant.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.Notices;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.ReadOnlyNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.AttendanceSheet;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingStatus;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance by date for one training activity: the registered participants × the activity's dates, a week or a
 * month at a time. Each cell is saved when it is left (Tab, Enter or a click elsewhere); a refused value stays in the
 * cell, marked, with the reason beside it. Arrow keys move between cells. Cells of a month that has been sent for
 * signing, signed or locked are read-only. The company confirms here that the attendance is complete (the
 * journey's Rapportera närvaro), which is possible only after the activity has ended.
 */
@Route("training/attendance/:activityId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class AttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Period { WEEK, MONTH }

    private final AttendanceService attendance;
    private final ParticipantService participants;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div table = new Div();
    private final Span range = new Span();
    private final RadioButtonGroup<Period> period = new RadioButtonGroup<>();
    private final Map<Long, Span> totals = new HashMap<>();
    private AttendanceSheet sheet;
    private LocalDate cursor;

    AttendanceView(AttendanceService attendance, ParticipantService participants, CurrentUser currentUser, Clock clock) {
        this.attendance = attendance;
        this.participants = participants;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("attendance-view");
        period.setId("attendance-period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("participant.attendance.period." + p));
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                layoutTable();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.attendance.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sheet = attendance.sheet(RouteIds.number(event, "activityId"));
        TrainingActivityInfo a = sheet.activity();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.isBefore(a.endDate()) ? today : a.endDate();
        cursor = last.isBefore(a.startDate()) ? a.startDate() : last;
        long days = a.endDate().toEpochDay() - a.startDate().toEpochDay() + 1;
        period.setValue(days > 14 ? Period.WEEK : Period.MONTH);
        build();
    }

    private void build() {
        removeAll();
        TrainingActivityInfo a = sheet.activity();
        add(new H1(getTranslation("participant.attendance.title")));
        Paragraph about = new Paragraph(getTranslation("participant.attendance.intro", a.courseName(), a.startDate(),
                a.endDate(), a.hoursPerParticipant()));
        about.setId("attendance-activity");
        Paragraph status = new Paragraph(getTranslation("participant.attendance.status." + a.status()));
        status.setId("attendance-status");
        add(about, status);
        boolean company = currentUser.get().map(u -> u.is(Role.COMPANY)).orElse(false);
        if (!sheet.mayEdit() && !company && a.status() == TrainingStatus.BOOKED) {
            // a manager or admin who opened Rapportera närvaro from the inbox: who may act
            add(ReadOnlyNotice.of(getTranslation("training.readOnly.report")));
        }
        if (sheet.mayEdit()) {
            add(registrationField());
        }
        Button prev = new Button(VaadinIcon.ARROW_LEFT.create(), e -> move(-1));
        prev.setId("attendance-prev");
        prev.setAriaLabel(getTranslation("participant.attendance.prev"));
        Button next = new Button(VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
        next.setId("attendance-next");
        next.setAriaLabel(getTranslation("participant.attendance.next"));
        range.setId("attendance-range");
        HorizontalLayout nav = new HorizontalLayout(period, prev, range, next);
        nav.setAlignItems(Alignment.CENTER);
        nav.setWrap(true);
        add(nav, new Paragraph(getTranslation("participant.attendance.help")));
        table.setId("attendance-table");
        table.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        add(table);
        layoutTable();
        if (company && a.status() == TrainingStatus.BOOKED) {
            add(confirmButton());
        }
    }

    private MultiSelectComboBox<ParticipantInfo> registrationField() {
        MultiSelectComboBox<ParticipantInfo> who = new MultiSelectComboBox<>(getTranslation("participant.attendance.registered"));
        who.setId("attendance-participants");
        who.setWidth("min(40em, 100%)");
        LocalDate start = sheet.activity().startDate();
        List<ParticipantInfo> candidates = participants.ofCompany(sheet.activity().companyId()).stream()
                .filter(p -> p.endDate() == null || !p.endDate().isBefore(start)).toList();
        who.setItems(candidates);
        who.setItemLabelGenerator(ParticipantInfo::name);
        Set<Long> registered = new HashSet<>();
        sheet.participants().forEach(p -> registered.add(p.id()));
        who.setValue(candidates.stream().filter(p -> registered.contains(p.id())).toList());
        who.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                for (ParticipantInfo p : e.getValue()) {
                    if (!registered.contains(p.id())) {
                        attendance.register(sheet.activity().id(), p.id());
                    }
                }
                for (ParticipantInfo p : e.getOldValue()) {
                    if (e.getValue().stream().noneMatch(x -> x.id() == p.id())) {
                        attendance.unregister(sheet.activity().id(), p.id());
                    }
                }
            } catch (UserMessageException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
            sheet = attendance.sheet(sheet.activity().id());
            registered.clear();
            sheet.participants().forEach(p -> registered.add(p.id()));
            layoutTable();
        });
        return who;
    }

    private Button confirmButton() {
        TrainingActivityInfo a = sheet.activity();
        boolean ended = LocalDate.now(clock).isAfter(a.endDate());
        Button confirm = new Button(getTranslation("participant.attendance.complete"), e -> {
            try {
                attendance.confirmComplete(a.id());
            } catch (UserMessageException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
                return;
            }
            Notices.success(getTranslation("participant.attendance.completed"));
            reload();
        });
        confirm.setId("attendance-complete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(ended);
        if (!ended) {
            confirm.setTooltipText(getTranslation("participant.error.confirm.notEnded", a.endDate()));
        }
        return confirm;
    }

    private void reload() {
        sheet = attendance.sheet(sheet.activity().id());
        build();
    }

    private void move(int step) {
        cursor = period.getValue() == Period.WEEK ? cursor.plusWeeks(step) : cursor.plusMonths(step);
        TrainingActivityInfo a = sheet.activity();
        if (cursor.isBefore(a.startDate())) {
            cursor = a.startDate();
        }
        if (cursor.isAfter(a.endDate())) {
            cursor = a.endDate();
        }
        layoutTable();
    }

    /** The dates shown: the week or month around the cursor, within the activity's period. */
    List<LocalDate> shownDates() {
        LocalDate from;
        LocalDate to;
        if (period.getValue() == Period.WEEK) {
            from = cursor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            to = from.plusDays(6);
        } else {
            from = cursor.withDayOfMonth(1);
            to = YearMonth.from(cursor).atEndOfMonth();
        }
        TrainingActivityInfo a = sheet.activity();
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!d.isBefore(a.startDate()) && !d.isAfter(a.endDate())) {
                dates.add(d);
            }
        }
        return dates;
    }

    private void layoutTable() {
        table.removeAll();
        totals.clear();
        List<LocalDate> dates = shownDates();
        range.setText(dates.isEmpty() ? "" : dates.get(0) + " – " + dates.get(dates.size() - 1));
        if (sheet.participants().isEmpty()) {
            Span none = new Span(getTranslation("participant.attendance.none"));
            none.setId("attendance-empty");
            table.add(none);
            return;
        }
        table.getStyle().set("display", "grid").set("gap", "2px var(--lumo-space-xs)").set("align-items", "center")
                .set("grid-template-columns", "minmax(10em, max-content) repeat(" + dates.size() + ", 4.2em) 4em");
        table.add(header(getTranslation("participant.col.name")));
        DateTimeFormatter dm = DateTimeFormatter.ofPattern("d/M");
        for (LocalDate d : dates) {
            Span h = header(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + d.format(dm));
            table.add(h);
        }
        table.add(header(getTranslation("participant.attendance.total")));
        LocalDate today = LocalDate.now(clock);
        int row = 0;
        for (ParticipantInfo p : sheet.participants()) {
            Span name = new Span(p.name());
            name.getStyle().set("white-space", "nowrap");
            table.add(name);
            int col = 0;
            for (LocalDate d : dates) {
                table.add(cell(p, d, today, row, col++));
            }
            Span total = new Span(String.valueOf(sheet.total(p.id())));
            total.setId("total-" + p.id());
            totals.put(p.id(), total);
            table.add(total);
            row++;
        }
        // arrow keys move between cells (Tab and Shift+Tab work as well)
        table.getElement().executeJs("""
                if (this.__arrows) return; this.__arrows = true;
                this.addEventListener('keydown', e => {
                  const f = e.target.closest('vaadin-text-field'); if (!f || !f.dataset.r) return;
                  const d = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]}[e.key];
                  if (!d) return;
                  if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && f.inputElement
                      && f.inputElement.value && !e.altKey) {
                    const i = f.inputElement; const at = i.selectionStart;
                    if (e.key === 'ArrowLeft' && at > 0) return;
                    if (e.key === 'ArrowRight' && at < i.value.length) return;
                  }
                  const t = this.querySelector(`vaadin-text-field[data-r="${+f.dataset.r + d[0]}"][data-c="${+f.dataset.c + d[1]}"]`);
                  if (t) { e.preventDefault(); t.focus(); }
                });""");
    }

    private static Span header(String text) {
        Span s = new Span(text);
        s.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }

    private TextField cell(ParticipantInfo p, LocalDate d, LocalDate today, int row, int col) {
        TextField f = new TextField();
        f.setId("cell-" + p.id() + "-" + d);
        f.getElement().setAttribute("data-r", String.valueOf(row));
        f.getElement().setAttribute("data-c", String.valueOf(col));
        f.setAriaLabel(getTranslation("participant.attendance.cell", p.name(), d));
        f.setWidth("4em");
        f.setAllowedCharPattern("[0-9.,]");
        int h = sheet.hours(p.id(), d);
        f.setValue(h == 0 ? "" : String.valueOf(h));
        boolean editable = sheet.editable(p.id(), d) && !d.isAfter(today);
        f.setReadOnly(!editable);
        if (!editable && sheet.mayEdit()) {
            f.setTooltipText(getTranslation(d.isAfter(today) ? "participant.error.day.future"
                    : "participant.attendance.readOnly"));
        }
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            FieldErrors errors = FieldErrors.of(this, f);
            try {
                int saved = attendance.record(sheet.activity().id(), p.id(), d, e.getValue());
                errors.clear();
                if (saved == 0 && !e.getValue().isBlank()) {
                    f.setValue("");
                }
                sheet = attendance.sheet(sheet.activity().id());
                totals.get(p.id()).setText(String.valueOf(sheet.total(p.id())));
            } catch (UserMessageException ex) {
                errors.show(ex);
            }
        });
        return f;
    }
}
