package se.kompetensresan.training.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.AttendanceInfo;
import se.kompetensresan.training.AttendanceRowException;
import se.kompetensresan.training.ParticipantHours;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The company reports who attended a training activity and how many hours: one row per participant with
 * name, personnummer and hours. Saved personnummer are shown masked; a wrong value is marked at its field
 * and stays as typed.
 */
@Route("training/attendance/:activityId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class AttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingService training;
    private TrainingActivityInfo activity;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowBox = new VerticalLayout();

    /** One participant row. A saved personnummer is kept here and shown masked (read-only). */
    private final class Row {
        final TextField name = new TextField();
        final TextField pnr = new TextField();
        final BigDecimalField hours = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final String savedPnr;
        final HorizontalLayout layout;

        Row(AttendanceInfo saved) {
            name.setLabel(getTranslation("training.attendance.name"));
            name.setRequiredIndicatorVisible(true);
            pnr.setLabel(getTranslation("training.attendance.pnr"));
            pnr.setPlaceholder(getTranslation("training.attendance.pnr.placeholder"));
            pnr.setRequiredIndicatorVisible(true);
            hours.setLabel(getTranslation("training.attendance.hours"));
            hours.setRequiredIndicatorVisible(true);
            hours.setHelperText(getTranslation("training.attendance.hours.help", activity.hoursPerParticipant()));
            remove.setAriaLabel(getTranslation("training.attendance.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeRow(this));
            if (saved != null) {
                savedPnr = saved.personalIdentityNumber().formatted();
                name.setValue(saved.name());
                pnr.setValue(saved.personalIdentityNumber().masked());
                pnr.setReadOnly(true);
                hours.setValue(saved.hours());
            } else {
                savedPnr = null;
            }
            if (!mayAct) {
                name.setReadOnly(true);
                pnr.setReadOnly(true);
                hours.setReadOnly(true);
                remove.setVisible(false);
            }
            layout = new HorizontalLayout(name, pnr, hours, remove);
            layout.setWrap(true);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("attendance-row");
        }

        void index(int i) {
            name.setId("attendance-name-" + i);
            pnr.setId("attendance-pnr-" + i);
            hours.setId("attendance-hours-" + i);
            remove.setId("attendance-remove-" + i);
        }

        ParticipantHours value() {
            return new ParticipantHours(name.getValue(), savedPnr != null ? savedPnr : pnr.getValue(), hours.getValue());
        }

        void clearErrors() {
            for (var f : List.of(name, pnr)) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
            hours.setInvalid(false);
            hours.setErrorMessage(null);
        }
    }

    private final boolean mayAct;

    AttendanceView(TrainingService training, CurrentUser currentUser) {
        this.mayAct = currentUser.require().is(Role.COMPANY);
        this.training = training;
        setId("attendance-view");
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.attendance.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activity = training.activity(RouteIds.number(event, "activityId"));
        removeAll();
        rows.clear();
        add(new H2(getTranslation("training.attendance.title")));
        Paragraph about = new Paragraph(getTranslation("training.attendance.intro", activity.courseName(),
                activity.startDate(), activity.endDate(), activity.hoursPerParticipant()));
        about.setId("attendance-activity");
        add(about);
        if (!mayAct) {
            add(ReadOnlyNotice.of(getTranslation("training.readOnly.report")));
        }
        if (activity.status() == TrainingStatus.APPROVED) {
            Paragraph done = new Paragraph(getTranslation("training.error.alreadyApproved"));
            done.setId("attendance-approved");
            add(done);
            return;
        }
        rowBox.setPadding(false);
        rowBox.setSpacing(false);
        add(rowBox);
        activity.attendance().forEach(a -> rows.add(new Row(a)));
        if (rows.isEmpty()) {
            rows.add(new Row(null));
        }
        layoutRows();

        Button addRow = new Button(getTranslation("training.attendance.add"), VaadinIcon.PLUS.create(), e -> {
            rows.add(new Row(null));
            layoutRows();
            rows.get(rows.size() - 1).name.focus();
        });
        addRow.setId("attendance-add");
        Button submit = new Button(getTranslation("training.attendance.submit"), e -> submit());
        submit.setId("attendance-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(addRow, submit);
        actions.setWrap(true);
        actions.setVisible(mayAct);
        add(actions);
    }

    private void removeRow(Row row) {
        rows.remove(row);
        layoutRows();
    }

    private void layoutRows() {
        rowBox.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).index(i);
            rows.get(i).remove.setEnabled(rows.size() > 1);
            rowBox.add(rows.get(i).layout);
        }
    }

    private void submit() {
        rows.forEach(Row::clearErrors);
        try {
            training.reportAttendance(activity.id(), rows.stream().map(Row::value).toList());
        } catch (AttendanceRowException ex) {
            Row row = rows.get(ex.row());
            var field = switch (ex.field()) {
                case "name" -> row.name;
                case "pnr" -> row.pnr;
                default -> null;
            };
            String text = getTranslation(ex.messageKey(), ex.args());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                row.hours.setErrorMessage(text);
                row.hours.setInvalid(true);
            }
            return;
        } catch (UserMessageException ex) {
            new FieldErrors(this).show(ex);
            return;
        }
        Notices.success(getTranslation("training.attendance.done"));
        UI.getCurrent().navigate("inbox");
    }
}
