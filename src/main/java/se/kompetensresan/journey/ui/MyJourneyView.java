package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;

/** Min kompetensresa: forwards a company user to their company's journey. */
@Route("my-journey")
@Menu(title = "journey.menu.myjourney", order = 3, icon = "vaadin:road")
@RolesAllowed({"COMPANY"})
class MyJourneyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    MyJourneyView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserAccount u = currentUser.require();
        if (u.companyId() == null) {
            throw currentUser.refused(u.username() + " has no company");
        }
        event.forwardTo(JourneyView.class, new RouteParameters("companyId", String.valueOf(u.companyId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.menu.myjourney");
    }
}
