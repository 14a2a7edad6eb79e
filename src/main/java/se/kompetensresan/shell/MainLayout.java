package se.kompetensresan.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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

/**
 * The frame around every signed-in page. The menu is built from the views' {@code @Menu} annotations;
 * Vaadin leaves out the views the user's role may not open, so each role sees only its own menu.
 * Menu titles are message-bundle keys.
 * <p>
 * Keyboard and screen readers: the page starts with a skip link to the content, the view sits in the page's one
 * {@code main} landmark, and after every navigation the focus moves to the view's heading (its {@code h1}), so
 * that the next Tab reaches the view's first field. The menu is built once per page, so that navigating does not
 * throw away the link that has the focus.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Focuses the view's heading (the first h1, else the first h2) inside the main landmark. */
    static final String FOCUS_HEADING = """
            const main = document.getElementById('main-content');
            const h = main && (main.querySelector('h1') || main.querySelector('h2'));
            if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
            """;

    private final SideNav nav = new SideNav();
    private final Main main = new Main();

    MainLayout(CurrentUser currentUser, UserService users, AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("shell.menu")));

        Anchor skip = new Anchor("#main-content", getTranslation("shell.skip"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        // the router would treat the fragment as a navigation: move the focus in the page instead
        skip.getElement().setAttribute("onclick", "event.preventDefault();" + FOCUS_HEADING.replace('\n', ' '));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(skip, toggle, title);
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
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        VerticalLayout drawer = new VerticalLayout(new Header(brand), nav, new Footer(new Span(getTranslation("app.esf"))));
        drawer.addClassName("drawer");
        drawer.setPadding(true);
        addToDrawer(drawer);

        main.setId("main-content");
        main.addClassName("main-content");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // after the browser has rendered the new view (its components may move the focus while they start up)
        getElement().executeJs("requestAnimationFrame(() => setTimeout(() => {" + FOCUS_HEADING + "}))");
    }
}
