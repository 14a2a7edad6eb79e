package se.kompetensresan.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.journey.JourneyFixtures;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One's own sessions (ASVS 3.3.4): a row per signed-in session (only the hash of its id), listed on Mitt konto with
 * the current one marked; ending another one sends it to the login page at its next request, on any node.
 */
class UserSessionsTest extends KaribuTest {

    static final String FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Autowired
    UserSessions sessions;
    @Autowired
    EndedSessionFilter filter;
    @Autowired
    JdbcTemplate jdbc;

    private String user() {
        String name = JourneyFixtures.unique("sessions");
        userService.create(new UserForm(name, "pw", "Sessions", null, Role.COMPANY, 1L, Set.of()));
        return name;
    }

    /** The session of the test's own request (what the view and the services see as "this session"). */
    private static HttpSession thisSession() {
        return ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest().getSession(true);
    }

    private long rows(String username) {
        return jdbc.queryForObject("select count(*) from user_session s join app_user u on u.id = s.user_id"
                + " where u.username = ?", Long.class, username);
    }

    /** A session of another browser, with an id as random as Tomcat's (the mock's own ids count 1, 2, 3). */
    private static MockHttpSession browser() {
        return new MockHttpSession(null, java.util.UUID.randomUUID().toString().replace("-", "").toUpperCase());
    }

    /** A request of the session through the filter; returns the response (a redirect when the session was ended). */
    private MockHttpServletResponse request(MockHttpSession session, String userAgent) throws Exception {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/");
        r.setSession(session);
        r.addHeader("User-Agent", userAgent);
        r.setRemoteAddr("192.168.17.42");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(r, response, new MockFilterChain());
        return response;
    }

    @Test
    void onlyTheHashOfTheSessionIdIsStoredWithTheBrowserInPlainWordsAndTheNetworkMasked() throws Exception {
        String name = user();
        JourneyFixtures.signIn(name, Role.COMPANY);
        MockHttpSession phone = browser();
        request(phone, SAFARI_IPHONE);
        var row = jdbc.queryForMap("select * from user_session where session_hash = ?", CurrentSession.hash(phone.getId()));
        assertThat(row).containsEntry("DEVICE", "Safari · iPhone").containsEntry("ADDRESS", "192.168.17.0/24");
        assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(phone.getId()))
                .noneMatch(v -> String.valueOf(v).contains("192.168.17.42"));
        request(phone, SAFARI_IPHONE);
        assertThat(rows(name)).as("one row per session").isOne();
        sessions.destroyed(new HttpSessionDestroyedEvent(phone));
        assertThat(rows(name)).as("signed out: the row goes").isZero();
    }

    @Test
    void anotherSessionEndedByItsUserIsSentToTheLoginAtItsNextRequest() throws Exception {
        String name = user();
        JourneyFixtures.signIn(name, Role.COMPANY);
        MockHttpSession laptop = browser();
        assertThat(request(laptop, FIREFOX_WINDOWS).getRedirectedUrl()).isNull();
        sessions.signedIn(name, thisSession(), SAFARI_IPHONE, "10.0.0.7");

        List<SessionInfo> mine = sessions.mine();
        assertThat(mine).hasSize(2);
        assertThat(mine).filteredOn(SessionInfo::current).singleElement().extracting(SessionInfo::device)
                .isEqualTo("Safari · iPhone");
        SessionInfo other = mine.stream().filter(s -> !s.current()).findFirst().orElseThrow();
        assertThat(other.device()).isEqualTo("Firefox · Windows");
        assertThat(other.network()).isEqualTo("192.168.17.0/24");

        sessions.end(other.id());
        assertThat(sessions.mine()).extracting(SessionInfo::current).containsExactly(true);
        // the node holding the laptop's session reads its row again after RECHECK: as if that much time had passed
        laptop.setAttribute(UserSessions.CHECKED_AT, Instant.now().minus(SessionTerminator.RECHECK).minusMillis(1));
        MockHttpServletResponse next = request(laptop, FIREFOX_WINDOWS);
        assertThat(next.getRedirectedUrl()).isEqualTo("/login");
        assertThat(laptop.isInvalid()).isTrue();
        JourneyFixtures.signIn(name, Role.COMPANY); // the filter signed the ended request's thread out
        assertThatThrownBy(() -> sessions.end(mine.stream().filter(SessionInfo::current).findFirst().orElseThrow().id()))
                .isInstanceOf(se.kompetensresan.shared.UserMessageException.class).extracting("messageKey")
                .isEqualTo("security.sessions.error.current");
    }

    @Test
    void endingAllOthersKeepsThisSessionAndAnotherUsersSessionCannotBeEnded() throws Exception {
        String name = user();
        String stranger = user();
        JourneyFixtures.signIn(stranger, Role.COMPANY);
        MockHttpSession strangers = browser();
        request(strangers, FIREFOX_WINDOWS);
        long strangersRow = jdbc.queryForObject("select id from user_session where session_hash = ?", Long.class,
                CurrentSession.hash(strangers.getId()));

        JourneyFixtures.signIn(name, Role.COMPANY);
        MockHttpSession a = browser();
        MockHttpSession b = browser();
        request(a, FIREFOX_WINDOWS);
        request(b, SAFARI_IPHONE);
        sessions.signedIn(name, thisSession(), FIREFOX_WINDOWS, "10.0.0.7");
        assertThatThrownBy(() -> sessions.end(strangersRow)).isInstanceOf(AccessRefusedException.class);
        assertThat(sessions.endOthers()).isEqualTo(2);
        assertThat(sessions.mine()).singleElement().extracting(SessionInfo::current).isEqualTo(true);
        assertThat(rows(stranger)).isOne();
        for (MockHttpSession ended : new MockHttpSession[]{a, b}) {
            JourneyFixtures.signIn(name, Role.COMPANY); // each request of the user's other browsers
            ended.setAttribute(UserSessions.CHECKED_AT, Instant.now().minus(SessionTerminator.RECHECK).minusMillis(1));
            assertThat(request(ended, FIREFOX_WINDOWS).getRedirectedUrl()).isEqualTo("/login");
        }
    }

    @Test
    void aRowRemovedByAnotherNodeEndsTheSessionHereWithinTheRecheck() throws Exception {
        String name = user();
        JourneyFixtures.signIn(name, Role.COMPANY);
        MockHttpSession s = browser();
        request(s, FIREFOX_WINDOWS);
        // what the other node does when the user ends this session there: only the database carries it
        jdbc.update("delete from user_session where session_hash = ?", CurrentSession.hash(s.getId()));
        assertThat(request(s, FIREFOX_WINDOWS).getRedirectedUrl()).as("read at most RECHECK late").isNull();
        s.setAttribute(UserSessions.CHECKED_AT, Instant.now().minus(SessionTerminator.RECHECK).minusMillis(1));
        assertThat(request(s, FIREFOX_WINDOWS).getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void browsersAndSystemsReadInPlainWordsAndAddressesAreMaskedToTheirNetwork() {
        assertThat(SessionDevice.describe(FIREFOX_WINDOWS)).isEqualTo("Firefox · Windows");
        assertThat(SessionDevice.describe(SAFARI_IPHONE)).isEqualTo("Safari · iPhone");
        assertThat(SessionDevice.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like"
                + " Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge · macOS");
        assertThat(SessionDevice.describe("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome · Android");
        assertThat(SessionDevice.describe("curl/8.5.0")).isEmpty();
        assertThat(SessionDevice.describe(null)).isEmpty();
        assertThat(SessionDevice.maskedAddress("10.20.30.40")).isEqualTo("10.20.30.0/24");
        assertThat(SessionDevice.maskedAddress("2001:db8:abcd:12::1")).isEqualTo("2001:db8:abcd::/48");
        assertThat(SessionDevice.maskedAddress("unknown")).isEmpty();
    }

    @Test
    void myAccountListsTheSessionsMarksThisOneAndEndsAnother() throws Exception {
        String name = user();
        login(name);
        MockHttpSession laptop = browser();
        request(laptop, FIREFOX_WINDOWS);
        sessions.signedIn(name, thisSession(), SAFARI_IPHONE, "10.0.0.7");
        UI.getCurrent().navigate("account");

        @SuppressWarnings("unchecked")
        Grid<SessionInfo> grid = _get(Grid.class, s -> s.withId("account-sessions"));
        assertThat(_size(grid)).isEqualTo(2);
        List<SessionInfo> shown = grid.getGenericDataView().getItems().toList();
        int here = shown.get(0).current() ? 0 : 1;
        assertThat(((Span) _getCellComponent(grid, here, "action")).getText()).isEqualTo("Den här sessionen");
        assertThat(grid.getColumnByKey("device").getHeaderText()).isEqualTo("Webbläsare och system");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 1 - here, "device"))
                .startsWith("Firefox · Windows, nätverk ");
        Button end = (Button) _getCellComponent(grid, 1 - here, "action");
        assertThat(end.getElement().getAttribute("aria-label")).isEqualTo("Avsluta sessionen i Firefox · Windows");
        _click(end);
        assertThat(_size(grid)).isOne();
        assertThat(grid.getGenericDataView().getItems().toList()).singleElement().extracting(SessionInfo::current).isEqualTo(true);
        assertThat(_get(Button.class, s -> s.withId("account-sessions-end-others")).isEnabled()).isFalse();
        laptop.setAttribute(UserSessions.CHECKED_AT, Instant.now().minus(SessionTerminator.RECHECK).minusMillis(1));
        assertThat(request(laptop, FIREFOX_WINDOWS).getRedirectedUrl()).isEqualTo("/login");
    }
}
