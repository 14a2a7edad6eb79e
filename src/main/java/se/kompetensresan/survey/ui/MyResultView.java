package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;

/** "Vår kompetensanalys": takes a company user to the gap analysis of their own company. */
@Route("survey/my-result")
@Menu(order = 3, title = "survey.menu.myResult", icon = "vaadin:chart")
@RolesAllowed({"COMPANY"})
class MyResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    MyResultView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var u = currentUser.requireRole(Role.COMPANY);
        if (u.companyId() == null) {
            throw currentUser.refused(u.username() + " has no company");
        }
        event.forwardTo(GapAnalysisView.class,
                new RouteParameters(GapAnalysisView.PARAM, String.valueOf(u.companyId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.menu.myResult");
    }
}
