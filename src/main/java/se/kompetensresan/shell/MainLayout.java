package se.kompetensresan.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserService;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;

/**
 * The frame around every signed-in page. The menu is built from the views' {@code @Menu} annotations;
 * Vaadin leaves out the views the user's role may not open, so each role sees only its own menu.
 * Menu titles are message-bundle keys.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();

    MainLayout(CurrentUser currentUser, UserService users, AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(toggle, title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.addClassName("app-bar");

        var user = currentUser.get();
        user.ifPresent(u -> {
            Span who = new Span(u.displayName() + " · " + getTranslation("role." + u.role().name()));
            who.setId("current-user");
            who.addClassName("current-user");
            LanguageSwitch lang = new LanguageSwitch(l -> users.setLocale(u.username(), l));
            Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout right = new HorizontalLayout(who, lang, logout);
            right.setAlignItems(FlexComponent.Alignment.CENTER);
            right.addClassName("app-bar-right");
            bar.add(right);
            bar.setFlexGrow(1, title);
        });
        addToNavbar(bar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("drawer-brand");
        nav.setId("main-menu");
        VerticalLayout drawer = new VerticalLayout(new Header(brand), nav, new Footer(new Span(getTranslation("app.esf"))));
        drawer.addClassName("drawer");
        drawer.setPadding(true);
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
