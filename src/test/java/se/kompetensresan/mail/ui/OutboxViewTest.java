package se.kompetensresan.mail.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.MailStatus;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesQueuedMailAndItsBody() {
        String to = "outbox-" + UUID.randomUUID() + "@example.se";
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(s -> ctx.getBean(MailService.class).queue(to, "Ämne", "Brödtext"));
        String admin = "outboxadmin-" + UUID.randomUUID();
        userService.create(new UserForm(admin, "secret", "Admin", null, Role.ADMIN, null, Set.of()));
        login(admin);
        UI.getCurrent().navigate("admin/mail");

        Grid<OutboxInfo> grid = _get(Grid.class, s -> s.withId("outbox-grid"));
        Select<MailStatus> status = _get(Select.class, s -> s.withId("outbox-status"));
        _setValue(status, MailStatus.QUEUED);
        OutboxInfo mine = grid.getListDataView().getItems().filter(m -> m.to().equals(to)).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(MailStatus.QUEUED);
        _setValue(status, MailStatus.SENT);
        assertThat(grid.getListDataView().getItems().noneMatch(m -> m.to().equals(to))).isTrue();
        _setValue(status, null);
        int row = grid.getListDataView().getItems().toList().indexOf(mine);
        _clickItem(grid, row);
        assertThat(_get(Pre.class, s -> s.withId("outbox-detail-body")).getText()).isEqualTo("Brödtext");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOutboxNeverShowsAOneTimeLink() {
        String to = "outbox-link-" + UUID.randomUUID() + "@example.se";
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> {
            ctx.getBean(MailService.class).queueWithLink(to, "Inbjudan", "Välj lösenord: " + MailService.LINK, 1L,
                    se.kompetensresan.security.OneTimeTokenPurpose.INVITATION);
            // a message written before links were made at send time
            ctx.getBean(MailService.class).queue(to, "Gammal", "http://x/set-password/AbCdEfGhIjKlMnOpQrStUvWxYz012345");
        });
        String admin = "outboxadmin-" + UUID.randomUUID();
        userService.create(new UserForm(admin, "secret", "Admin", null, Role.ADMIN, null, Set.of()));
        login(admin);
        UI.getCurrent().navigate("admin/mail");
        Grid<OutboxInfo> grid = _get(Grid.class, s -> s.withId("outbox-grid"));
        var items = grid.getListDataView().getItems().toList();
        for (OutboxInfo m : items.stream().filter(m -> m.to().equals(to)).toList()) {
            _clickItem(grid, items.indexOf(m));
            String shown = _get(Pre.class, s -> s.withId("outbox-detail-body")).getText();
            assertThat(shown).doesNotContain("AbCdEfGh").doesNotContain(MailService.LINK);
            com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                    s -> s.withId("outbox-detail-close")));
        }
    }
}
