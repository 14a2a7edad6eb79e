package se.kompetensresan.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.coaching.PlannedActivityForm;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.DeMinimisService;
import se.kompetensresan.company.FieldError;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * De minimis at booking: the value of the training (the plan action's estimated cost, SEK) is added to the
 * company's declared support; a booking over the cap (300 000 EUR = 3 450 000 SEK at 11.5) is refused and nothing
 * is stored.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeMinimisBookingTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    TrainingService training;
    @Autowired
    CoachingService coaching;
    @Autowired
    DeMinimisService deMinimis;
    @Autowired
    CompanyService companies;

    CoachingTestData w;
    /** Two actions of the approved plan: 11 500.01 SEK and 11 500.00 SEK. */
    List<Long> planned;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        long planId = coaching.preparePlan(w.companyA.id(), "Bred", List.of(CompetenceAreas.WELDING, CompetenceAreas.LEAN));
        List<Long> ids = coaching.plannedActivityIds(planId);
        w.runAs(w.coachA);
        coaching.logSession(w.companyA.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Planering", null));
        String[] costs = {"11500.01", "11500.00"};
        for (int i = 0; i < ids.size(); i++) {
            var p = coaching.plannedActivity(ids.get(i));
            coaching.saveActivity(w.companyA.id(), new PlannedActivityForm(p.id(), p.areaCode(), p.title(), p.targetGroup(),
                    4, 16, LocalDate.now().plusDays(30), new BigDecimal(costs[i])));
        }
        coaching.submitPlan(w.companyA.id());
        w.runAs(w.companyUserA);
        coaching.approvePlan(w.companyA.id());
        planned = ids;
        // the project office declares 299 000 EUR (3 438 500 SEK): 11 500 SEK are left below the cap
        w.runAs(w.managerA);
        deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "200 000", "99 000"));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TrainingActivityForm course() {
        LocalDate start = LocalDate.now().plusDays(30);
        return new TrainingActivityForm("Svets MIG/MAG", "Svetsskolan", "Karlskoga", start, start.plusDays(1), 16);
    }

    @Test
    void aBookingOverTheCapIsRefusedWithTheAmountsAndNothingIsStored() {
        w.runAs(w.coachA);
        UserMessageException e = catchThrowableOfType(() -> training.bookActivity(planned.get(0), course()),
                UserMessageException.class);
        assertThat(e.messageKey()).isEqualTo("company.deminimis.refused");
        assertThat(e.args()[0]).isEqualTo(new BigDecimal("300000.01"));
        assertThat(e.args()[2]).isEqualTo(new BigDecimal("300000"));
        assertThat(training.activityIdFor(planned.get(0))).isEmpty();
        assertThat(training.activitiesOf(w.companyA.id())).isEmpty();
        assertThat(deMinimis.standing(w.companyA.id()).trainingSek()).isEqualByComparingTo("0");
    }

    @Test
    void aBookingThatReachesTheCapExactlyIsAllowedAndCountsInTheTotal() {
        w.runAs(w.coachA);
        TrainingActivityInfo booked = training.bookActivity(planned.get(1), course());
        var s = deMinimis.standing(w.companyA.id());
        assertThat(s.trainingSek()).isEqualByComparingTo("11500.00");
        assertThat(s.totalEur()).isEqualByComparingTo("300000");
        assertThat(s.headroomSek()).isEqualByComparingTo("0");
        assertThat(training.activityIdFor(planned.get(1))).contains(booked.id());
        // the cap is now reached: the next booking is refused
        assertThatThrownBy(() -> training.bookActivity(planned.get(0), course()))
                .isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo("company.deminimis.refused");
    }

    @Test
    void aWithdrawnBookingLeavesTheTotal() {
        w.runAs(w.coachA);
        TrainingActivityInfo booked = training.bookActivity(planned.get(1), course());
        deMinimis.withdrawTraining(booked.id());
        assertThat(deMinimis.standing(w.companyA.id()).trainingSek()).isEqualByComparingTo("0");
        w.runAs(w.companyUserA);
        assertThat(deMinimis.standing(w.companyA.id()).headroomSek()).isEqualByComparingTo("11500");
    }

    @Test
    void onlyTheProjectOfficeCorrectsTheDeclarationAndEachChangedYearIsInTheHistory() {
        w.runAs(w.coachA);
        assertThatThrownBy(() -> deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "0", "0")))
                .isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "0", "0")))
                .isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        int year = LocalDate.now().getYear();
        deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "150 000,50", "99 000"));
        assertThat(companies.history(w.companyA.id())).filteredOn(h -> h.field().equals("deMinimis"))
                .first().satisfies(h -> assertThat(h.newValue().replace('\u00a0', ' ')).isEqualTo((year - 1) + ": 150 000,5 EUR"));
        assertThat(deMinimis.standing(w.companyA.id()).declaredEur()).isEqualByComparingTo("249000.50");
    }

    @Test
    void aMistypedAmountIsRefusedBesideItsYearAndNothingChanges() {
        w.runAs(w.managerA);
        ApplicationInvalidException e = catchThrowableOfType(() -> deMinimis.correctDeclaration(w.companyA.id(),
                List.of("0", "4O", "-1")), ApplicationInvalidException.class);
        assertThat(e.errors()).containsExactly(
                new FieldError(ApplicationField.DE_MINIMIS_1, "company.error.deminimis.number", List.of("4O")),
                new FieldError(ApplicationField.DE_MINIMIS_2, "company.error.deminimis.number", List.of("-1")));
        assertThat(deMinimis.standing(w.companyA.id()).declaredEur()).isEqualByComparingTo("299000");
    }
}
