package se.kompetensresan.participant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.coaching.CoachingTestData;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funder's files read their participants' full personnummer and record whom they named in batches: a batch's
 * statements do not grow with the number of employers in it (an export of 50 000 participants has thousands).
 */
@SpringBootTest
@ActiveProfiles("test")
class ParticipantNumbersQueriesTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ParticipantService participants;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBatchOfParticipantsOfFourCompaniesTakesAsManyStatementsAsOneOfOneCompany() {
        CoachingTestData first = new CoachingTestData(ctx);
        CoachingTestData second = new CoachingTestData(ctx);
        List<Long> oneCompany = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            oneCompany.add(add(first, first.companyUserA, first.companyA.id(), "Ett " + i));
        }
        List<Long> fourCompanies = List.of(add(first, first.companyUserA, first.companyA.id(), "Fyra A"),
                add(first, first.companyUserB, first.companyB.id(), "Fyra B"),
                add(second, second.companyUserA, second.companyA.id(), "Fyra C"),
                add(second, second.companyUserB, second.companyB.id(), "Fyra D"));

        first.runAs(first.admin);
        var numbersOfOne = StatementCounter.counted(() -> participants.fullNumbers(oneCompany, "Deltagarförteckning"));
        var numbersOfFour = StatementCounter.counted(() -> participants.fullNumbers(fourCompanies, "Deltagarförteckning"));
        assertThat(numbersOfOne.result()).hasSize(4);
        assertThat(numbersOfFour.result()).hasSize(4);
        assertThat(numbersOfFour.statements()).as("full numbers of four companies' participants")
                .isEqualTo(numbersOfOne.statements());

        long reportedOfOne = StatementCounter.counted(() -> {
            participants.recordReported(oneCompany, "SCB");
            return 0;
        }).statements();
        long reportedOfFour = StatementCounter.counted(() -> {
            participants.recordReported(fourCompanies, "SCB");
            return 0;
        }).statements();
        assertThat(reportedOfFour).as("the report record of four companies' participants").isEqualTo(reportedOfOne);
    }

    private long add(CoachingTestData w, String companyUser, long companyId, String name) {
        w.runAs(companyUser);
        try {
            return participants.add(companyId, new ParticipantForm(name, LedgerWorld.pnr(name.hashCode() % 2 == 0), false,
                    null, name.toLowerCase().replace(' ', '.') + "." + w.key + "@example.se",
                    java.time.LocalDate.now().minusMonths(1).withDayOfMonth(1), "sv")).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
