package se.kompetensresan.company.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.AccessRefusedException;

/** "Vårt företag": sends a company user to its own company page. */
@Route("my-company")
@Menu(order = 3, title = "company.menu.mine", icon = "vaadin:factory")
@RolesAllowed({"COMPANY"})
class MyCompanyView extends Div implements BeforeEnterObserver {

    private final CompanyService companies;

    MyCompanyView(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = companies.myCompanyId().orElseThrow(() -> new AccessRefusedException("company user without a company"));
        event.forwardTo("companies/" + id);
    }
}
