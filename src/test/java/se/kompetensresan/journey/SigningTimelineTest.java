package se.kompetensresan.journey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.casefile.CaseFile;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.participant.SigningOverdue;
import se.kompetensresan.participant.SigningReminded;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The participants' signing reminders and the coaches' escalation land in the company's case timeline. */
@SpringBootTest
@ActiveProfiles("test")
class SigningTimelineTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CaseFile caseFile;
    @Autowired
    JourneyService journeys;
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
    void signingRemindersAndTheEscalationAreEntriesOfTheCompanysTimeline() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long sp = fx.subproject();
        CompanyInfo c = fx.company(sp, 12);
        journeys.startAsSystem(c.id());
        String coach = fx.user(Role.COACH, null, Set.of(sp));

        events.publishEvent(new SigningReminded(c.id(), YearMonth.of(2026, 11), 3, JourneyRecorder.SYSTEM));
        events.publishEvent(new SigningReminded(c.id(), YearMonth.of(2026, 11), 1, coach));
        events.publishEvent(new SigningOverdue(c.id(), YearMonth.of(2026, 11), 2));

        var entries = new JourneyWalker(context).as(coach, Role.COACH, () -> caseFile.timeline(c.id()));
        assertThat(entries).filteredOn(e -> e.type() == JourneyEventType.SIGNING_REMINDED)
                .extracting(TimelineEntry::actor, TimelineEntry::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JourneyRecorder.SYSTEM, java.util.List.of("2026-11", "3")),
                        org.assertj.core.groups.Tuple.tuple(coach, java.util.List.of("2026-11", "1")));
        assertThat(entries).filteredOn(e -> e.type() == JourneyEventType.SIGNING_OVERDUE)
                .singleElement().extracting(TimelineEntry::arguments).isEqualTo(java.util.List.of("2026-11", "2"));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
