package se.kompetensresan.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;

import org.springframework.beans.factory.ObjectProvider;
import se.kompetensresan.security.CompanyNames;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators: every user account, and the way into Camunda Cockpit. */
@Route("admin/users")
@Menu(order = 90, title = "security.menu.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserService users, ObjectProvider<CompanyNames> companyNames) {
        setId("users-view");
        List<UserAccount> all = users.all();
        Set<Long> companyIds = all.stream().map(UserAccount::companyId).filter(Objects::nonNull).collect(Collectors.toSet());
        CompanyNames names = companyNames.getIfAvailable();
        Map<Long, String> companies = names == null || companyIds.isEmpty() ? Map.of() : names.namesOf(companyIds);
        Grid<UserAccount> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("security.users.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("security.users.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("security.users.role")).setSortable(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("security.users.email"));
        grid.addColumn(u -> u.companyId() == null ? "" : companies.getOrDefault(u.companyId(), String.valueOf(u.companyId())))
                .setHeader(getTranslation("security.users.company")).setKey("company").setSortable(true);
        grid.setItems(all);

        TextField search = new TextField();
        search.setId("users-search");
        search.setPlaceholder(getTranslation("security.users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            String q = e.getValue().toLowerCase();
            grid.setItems(all.stream().filter(u -> u.username().toLowerCase().contains(q)
                    || u.displayName().toLowerCase().contains(q)).toList());
        });
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("security.cockpit"));
        cockpit.setId("cockpit-link");
        cockpit.getElement().setAttribute("router-ignore", true);
        cockpit.setTarget("_blank");
        HorizontalLayout bar = new HorizontalLayout(search, cockpit);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("security.users.title")), bar, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }
}
