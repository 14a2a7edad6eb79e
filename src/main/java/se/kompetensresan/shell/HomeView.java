package se.kompetensresan.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;

/**
 * The start page: a greeting, what this role does here, and a card per menu entry. A manager starts on the
 * project dashboard instead (reporting's route, named by its path: the shell imports no feature).
 */
@Route("")
@Menu(order = 0, title = "shell.menu.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String MANAGER_START = "dashboard";

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("home");
        currentUser.get().ifPresent(u -> {
            add(new H1(getTranslation("shell.home.greeting", u.displayName())));
            add(new Paragraph(getTranslation("shell.home.role." + u.role().name())));
        });
        Div cards = new Div();
        cards.addClassName("home-cards");
        for (MenuEntry e : MenuConfiguration.getMenuEntries()) {
            if (e.path().isEmpty() || "/".equals(e.path())) {
                continue;
            }
            Anchor card = new Anchor(e.path(), getTranslation(e.title()));
            card.addClassName("home-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().map(u -> u.is(Role.MANAGER)).orElse(false)) {
            event.forwardTo(MANAGER_START);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
