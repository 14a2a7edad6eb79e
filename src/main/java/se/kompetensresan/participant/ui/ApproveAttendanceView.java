package se.kompetensresan.participant.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.ui.ReadOnlyNotice;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.util.Map;

/** The coach checks the confirmed attendance (hours per participant, birth year only) and approves (attesterar) it. */
@Route("training/approve/:activityId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class ApproveAttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendanceService attendance;
    private final TrainingService training;
    private final CompanyService companies;

    /** Only the coach approves; a manager or admin who opens the task from the inbox sees it read-only. */
    private final boolean mayAct;

    ApproveAttendanceView(AttendanceService attendance, TrainingService training, CompanyService companies,
                          CurrentUser currentUser) {
        this.mayAct = currentUser.require().is(Role.COACH);
        this.attendance = attendance;
        this.training = training;
        this.companies = companies;
        setId("approve-attendance-view");
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.approve.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long activityId = RouteIds.number(event, "activityId");
        TrainingActivityInfo activity = training.activity(activityId);
        Map<ParticipantInfo, Integer> hours = attendance.totals(activityId);
        String company = companies.get(activity.companyId()).name();
        removeAll();
        add(new H1(getTranslation("participant.approve.title")));
        Paragraph about = new Paragraph(getTranslation("participant.approve.intro", company, activity.courseName(),
                activity.startDate(), activity.endDate(), activity.hoursPerParticipant()));
        about.setId("attendance-activity");
        add(about);
        if (!mayAct) {
            add(ReadOnlyNotice.of(getTranslation("training.readOnly.approve")));
        }
        Grid<Map.Entry<ParticipantInfo, Integer>> grid = new Grid<>();
        grid.setId("attendance-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.getKey().name()).setHeader(getTranslation("participant.col.name")).setFlexGrow(2);
        grid.addColumn(e -> e.getKey().masked() == null ? getTranslation("participant.protected.short")
                : getTranslation("participant.born", e.getKey().masked())).setHeader(getTranslation("participant.col.born"));
        grid.addColumn(e -> getTranslation("participant.gender." + e.getKey().gender())).setHeader(getTranslation("participant.col.gender"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("participant.attendance.total"));
        grid.setItems(hours.entrySet());
        grid.setAllRowsVisible(true);
        add(grid);
        long women = hours.keySet().stream().filter(p -> p.gender() == Gender.WOMAN).count();
        int total = hours.values().stream().mapToInt(Integer::intValue).sum();
        Paragraph sum = new Paragraph(getTranslation("participant.approve.total", hours.size(), women, hours.size() - women, total));
        sum.setId("attendance-total");
        add(sum, new Anchor("training/attendance/" + activityId, getTranslation("participant.approve.byDate")));
        Paragraph status = new Paragraph(getTranslation("participant.attendance.status." + activity.status()));
        status.setId("attendance-status");
        add(status);
        if (mayAct && activity.status() == TrainingStatus.REPORTED) {
            Button approve = new Button(getTranslation("participant.approve.submit"), e -> {
                try {
                    attendance.approve(activityId);
                } catch (UserMessageException ex) {
                    Notices.error(getTranslation(ex.messageKey(), ex.args()));
                    return;
                }
                Notices.success(getTranslation("participant.approve.done"));
                UI.getCurrent().navigate("inbox");
            });
            approve.setId("attendance-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approve);
        }
    }
}
