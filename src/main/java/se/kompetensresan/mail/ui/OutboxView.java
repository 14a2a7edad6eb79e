package se.kompetensresan.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.MailStatus;
import se.kompetensresan.mail.OutboxInfo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import com.vaadin.flow.component.html.Span;

/** The e-mail outbox: what was queued, sent or failed; failed messages can be queued again. */
@Route("admin/mail")
@Menu(order = 91, title = "mail.menu.outbox", icon = "vaadin:envelope")
@RolesAllowed({"ADMIN"})
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final MailService mail;
    private final Grid<OutboxInfo> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();

    OutboxView(MailService mail) {
        this.mail = mail;
        setId("outbox-view");
        add(new H1(getTranslation("mail.outbox.title")));
        Paragraph mode = new Paragraph(getTranslation(mail.deliveryEnabled() ? "mail.outbox.delivery.on" : "mail.outbox.delivery.off"));
        mode.setId("outbox-mode");
        add(mode);

        status.setId("outbox-status");
        status.setLabel(getTranslation("mail.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.status.all") : getTranslation("mail.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(status));

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the subject wraps rather than being cut; the address column does not grow with a long address
        grid.addColumn(OutboxInfo::to).setHeader(getTranslation("mail.to")).setWidth("10em").setFlexGrow(1);
        grid.addColumn(OutboxInfo::subject).setHeader(getTranslation("mail.subject")).setWidth("12em").setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.status." + m.status().name())).setHeader(getTranslation("mail.status")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(OutboxInfo::attempts).setHeader(getTranslation("mail.attempts")).setAutoWidth(true);
        grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("mail.created")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(m -> time(m.sentAt())).setHeader(getTranslation("mail.sent")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("mail.error")).setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(m -> {
            if (m.status() != MailStatus.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("mail.retry"), e -> {
                mail.retry(m.id());
                refresh();
            });
            retry.setId("outbox-retry-" + m.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setAutoWidth(true);
        grid.addItemClickListener(e -> details(e.getItem()));
        grid.setSizeFull();
        add(grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(mail.messages(status.getValue()));
    }

    void details(OutboxInfo m) {
        Dialog d = new Dialog();
        d.setId("outbox-detail");
        d.setHeaderTitle(m.subject());
        d.add(new Paragraph(getTranslation("mail.to") + ": " + m.to()));
        Pre body = new Pre(withoutSecrets(m.body()));
        body.setId("outbox-detail-body");
        body.getStyle().set("white-space", "pre-wrap");
        d.add(body);
        Button close = new Button(getTranslation("mail.close"), e -> d.close());
        close.setId("outbox-detail-close");
        d.getFooter().add(close);
        d.open();
    }

    /** The outbox never shows a token: the link placeholder is explained, and a link of an older message is cut off. */
    String withoutSecrets(String body) {
        return body.replace(se.kompetensresan.mail.MailService.LINK, getTranslation("mail.body.link"))
                .replaceAll("(/(?:set-password|reset-password|sign)/)[A-Za-z0-9_\\-]{8,}", "$1…");
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
