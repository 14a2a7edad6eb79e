package se.kompetensresan.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A view the user's role may not open: the same neutral page as for an unknown address. */
@PermitAll
@ParentLayout(MainLayout.class)
class RouteAccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("shell.notfound.title")), new Paragraph(getTranslation("shell.notfound.text")),
                new RouterLink(getTranslation("shell.home"), HomeView.class));
        setId("access-refused");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notfound.title") + " · " + getTranslation("app.name");
    }
}
