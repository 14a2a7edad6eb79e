package se.kompetensresan.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.kompetensresan.security.TwoFactorGate;

/** Between password and code, every navigation goes to the two-factor page. */
@Component
class TwoFactorRedirect implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            if (TwoFactorGate.pending() && e.getNavigationTarget() != TwoFactorView.class) {
                e.rerouteTo(TwoFactorView.class);
            }
        }));
    }
}
