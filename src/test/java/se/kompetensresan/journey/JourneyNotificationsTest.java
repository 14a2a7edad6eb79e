package se.kompetensresan.journey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Locale;

@SpringBootTest
@ActiveProfiles("test")
class JourneyNotificationsTest {

    @Autowired
    JourneyNotifications notifications;
    @Autowired
    JourneyService journeys;
    @Autowired
    MailService mail;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void surveyReminderGoesToEveryCompanyUserInTheirLanguageWithALinkToTheSurvey() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 12);
        String sv = JourneyFixtures.unique("sv") + "@foretag.example";
        String en = JourneyFixtures.unique("en") + "@foretag.example";
        users.create(new UserForm(JourneyFixtures.unique("hr"), "pw", "HR", sv, Role.COMPANY, c.id(), Set.of()));
        String english = JourneyFixtures.unique("ceo");
        users.create(new UserForm(english, "pw", "CEO", en, Role.COMPANY, c.id(), Set.of()));
        users.setLocale(english, Locale.ENGLISH);
        JourneyInfo j = journeys.startAsSystem(c.id());

        int sent = notifications.reminder(j.caseNumber(), c.id(), JourneyProcess.TASK_FILL_IN_SURVEY, "survey/4711",
                JourneyRecorder.SYSTEM);

        assertThat(sent).isEqualTo(2);
        List<OutboxInfo> swedish = mail.sentTo(sv);
        assertThat(swedish).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Påminnelse").contains(c.name());
            assertThat(m.body()).contains(j.caseNumber()).contains("/survey/4711");
        });
        assertThat(mail.sentTo(en)).singleElement().satisfies(m -> assertThat(m.subject()).startsWith("Reminder"));
    }
}
