package se.kompetensresan.training.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.AttendanceInfo;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.util.Map;

/** The coach checks the reported hours (personnummer masked) and approves (attesterar) them. */
@Route("training/approve/:activityId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class ApproveAttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingService training;
    private final CompanyService companies;
    private TrainingActivityInfo activity;

    private final boolean mayAct;

    ApproveAttendanceView(TrainingService training, CompanyService companies, CurrentUser currentUser) {
        this.mayAct = currentUser.require().is(Role.COACH);
        this.training = training;
        this.companies = companies;
        setId("approve-attendance-view");
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.approve.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activity = training.activity(RouteIds.number(event, "activityId"));
        String company = companies.get(activity.companyId()).name();
        removeAll();
        add(new H2(getTranslation("training.approve.title")));
        Paragraph about = new Paragraph(getTranslation("training.approve.intro", company, activity.courseName(),
                activity.startDate(), activity.endDate(), activity.hoursPerParticipant()));
        about.setId("attendance-activity");
        add(about);
        if (!mayAct) {
            add(ReadOnlyNotice.of(getTranslation("training.readOnly.approve")));
        }

        Grid<AttendanceInfo> grid = new Grid<>();
        grid.setId("attendance-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AttendanceInfo::name).setHeader(getTranslation("training.attendance.name")).setFlexGrow(2);
        grid.addColumn(a -> a.personalIdentityNumber().masked()).setHeader(getTranslation("training.attendance.pnr")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("training.gender." + a.gender().name())).setHeader(getTranslation("training.gender")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("training.hoursValue", a.hours())).setHeader(getTranslation("training.attendance.hours")).setAutoWidth(true);
        grid.setItems(activity.attendance());
        add(grid);

        long women = activity.attendance().stream().filter(a -> a.gender() == Gender.WOMAN).count();
        long men = activity.attendance().size() - women;
        Paragraph total = new Paragraph(getTranslation("training.approve.total", activity.attendance().size(), women, men,
                activity.totalHours()));
        total.setId("attendance-total");
        add(total);

        if (activity.status() != TrainingStatus.REPORTED) {
            Paragraph state = new Paragraph(getTranslation("training.status." + activity.status().name()));
            state.setId("attendance-status");
            add(state);
            return;
        }
        Button approve = new Button(getTranslation("training.approve.submit"), e -> approve());
        approve.setId("attendance-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setVisible(mayAct);
        add(approve);
    }

    private void approve() {
        try {
            training.approveAttendance(activity.id());
        } catch (UserMessageException ex) {
            new FieldErrors(this).show(ex);
            return;
        }
        Notices.success(getTranslation("training.approve.done"));
        UI.getCurrent().navigate("inbox");
    }
}
