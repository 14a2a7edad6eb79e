package se.kompetensresan.participant.ui;

import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.participant.MonthStatement;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.UserMessageException;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The participant's signing page, without an account: the one-time link from the e-mail, then the e-mail address it
 * was sent to, then that participant's month only (activity, dates, hours, employer) and two answers. Nothing of the
 * month is shown before the address matches; a link that is used, expired, blocked or altered shows the same
 * neutral message. The page is sent with {@code Referrer-Policy: no-referrer} (SigningPageHeaders).
 */
@Route(value = "sign/:token", autoLayout = false)
@AnonymousAllowed
class SigningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SigningService signing;
    private final VerticalLayout body = new VerticalLayout();
    private String token;
    private String email;

    SigningView(SigningService signing) {
        this.signing = signing;
        setId("signing-view");
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        body.setMaxWidth("44em");
        body.setPadding(false);
        add(brand, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.sign.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        body.removeAll();
        if (!signing.linkValid(token)) {
            invalid();
            return;
        }
        body.add(new H2(getTranslation("participant.sign.title")), new Paragraph(getTranslation("participant.sign.askEmail")));
        EmailField field = new EmailField(getTranslation("participant.sign.email"));
        field.setId("sign-email");
        field.setWidth("min(24em, 100%)");
        Button open = new Button(getTranslation("participant.sign.open"), e -> {
            Optional<MonthStatement> s = signing.open(token, field.getValue());
            if (s.isEmpty()) {
                if (!signing.linkValid(token)) {
                    invalid();
                    return;
                }
                field.setErrorMessage(getTranslation("participant.sign.emailMismatch"));
                field.setInvalid(true);
                return;
            }
            email = field.getValue();
            show(s.get());
        });
        open.setId("sign-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        body.add(field, open);
    }

    private void invalid() {
        body.removeAll();
        Paragraph p = new Paragraph(getTranslation("participant.sign.invalid"));
        p.setId("sign-invalid");
        body.add(new H2(getTranslation("participant.sign.title")), p);
    }

    private void show(MonthStatement s) {
        UI.getCurrent().setLocale("en".equals(s.language()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH);
        body.removeAll();
        String month = s.month().atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()));
        body.add(new H2(getTranslation("participant.sign.heading", month)));
        Paragraph who = new Paragraph(getTranslation("participant.sign.who", s.participantName(), s.employer()));
        who.setId("sign-who");
        body.add(who);
        Grid<MonthStatement.Day> days = new Grid<>();
        days.setId("sign-days");
        days.addThemeVariants(GridVariant.LUMO_COMPACT);
        days.addColumn(MonthStatement.Day::date).setHeader(getTranslation("participant.sign.date")).setAutoWidth(true);
        days.addColumn(MonthStatement.Day::course).setHeader(getTranslation("participant.sign.course")).setFlexGrow(1);
        days.addColumn(MonthStatement.Day::hours).setHeader(getTranslation("participant.sign.hours")).setAutoWidth(true);
        days.setItems(s.days());
        days.setAllRowsVisible(true);
        body.add(days);
        for (MonthStatement.Adjustment a : s.adjustments()) {
            body.add(new Paragraph(getTranslation("participant.sign.adjustment", a.course(), a.originalMonth(), a.hours(), a.reason())));
        }
        Paragraph total = new Paragraph(getTranslation("participant.sign.total", s.total()));
        total.setId("sign-total");
        total.getStyle().set("font-weight", "600");
        body.add(total);
        Button confirm = new Button(getTranslation("participant.sign.confirm"), e -> answer(() -> signing.sign(token, email),
                "participant.sign.signed"));
        confirm.setId("sign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        TextArea comment = new TextArea(getTranslation("participant.sign.comment"));
        comment.setId("sign-comment");
        comment.setWidthFull();
        comment.setVisible(false);
        Button send = new Button(getTranslation("participant.sign.disputeSend"), e -> {
            try {
                signing.dispute(token, email, comment.getValue());
            } catch (UserMessageException ex) {
                comment.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                comment.setInvalid(true);
                return;
            }
            done("participant.sign.disputed");
        });
        send.setId("sign-dispute-send");
        send.setVisible(false);
        Button dispute = new Button(getTranslation("participant.sign.dispute"), e -> {
            comment.setVisible(true);
            send.setVisible(true);
            comment.focus();
        });
        dispute.setId("sign-dispute");
        HorizontalLayout buttons = new HorizontalLayout(confirm, dispute);
        buttons.setWrap(true);
        body.add(buttons, comment, send);
    }

    private void answer(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (UserMessageException ex) {
            Notices.error(getTranslation(ex.messageKey(), ex.args()));
            return;
        }
        done(doneKey);
    }

    private void done(String key) {
        body.removeAll();
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("sign-done");
        body.add(new H2(getTranslation("participant.sign.thanks")), p);
    }
}
