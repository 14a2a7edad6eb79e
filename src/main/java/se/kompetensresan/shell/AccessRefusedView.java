package se.kompetensresan.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import se.kompetensresan.security.AccessRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a URL names something the user may not see. It says the same as "not found", so that a
 * guessed id does not reveal whether it exists.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefusedException>, HasDynamicTitle {

    private static final Logger TENANCY_LOG = LoggerFactory.getLogger("se.kompetensresan.security.tenancy");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        if (!parameter.getException().logged()) {
            TENANCY_LOG.warn("access refused: {} at /{}", parameter.getException().getMessage(), event.getLocation().getPath());
        }
        removeAll();
        add(new H1(getTranslation("shell.notfound.title")), new Paragraph(getTranslation("shell.notfound.text")),
                new RouterLink(getTranslation("shell.home"), HomeView.class));
        setId("access-refused");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notfound.title") + " · " + getTranslation("app.name");
    }
}
