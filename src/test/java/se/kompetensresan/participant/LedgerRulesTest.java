package se.kompetensresan.participant;

import org.junit.jupiter.api.Test;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of the hours ledger, without a database. */
class LedgerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final LocalDate END = LocalDate.of(2026, 11, 27);

    private static LedgerRules.Change change(int hours, LocalDate day) {
        return new LedgerRules.Change(hours, day, TODAY, START, END, true, START.minusMonths(1), null, 0,
                LedgerRules.MonthState.EDITABLE);
    }

    private static void refused(LedgerRules.Change c, String key) {
        assertThatThrownBy(() -> LedgerRules.check(c)).isInstanceOf(UserMessageException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    @Test
    void onlyWholeHoursAreAcceptedAndOneAndAHalfIsRefusedNamingTheOneHourEsfWouldCount() {
        assertThat(LedgerRules.parseHours("3")).isEqualTo(3);
        assertThat(LedgerRules.parseHours(" 8 ")).isEqualTo(8);
        assertThat(LedgerRules.parseHours("2.0")).isEqualTo(2);
        assertThat(LedgerRules.parseHours("")).isZero();
        assertThat(LedgerRules.parseHours(null)).isZero();
        for (String half : new String[]{"1.5", "1,5"}) {
            assertThatThrownBy(() -> LedgerRules.parseHours(half)).isInstanceOfSatisfying(UserMessageException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("participant.error.hours.whole");
                assertThat(e.args()).containsExactly(1);
            });
        }
        assertThatThrownBy(() -> LedgerRules.parseHours("-2")).extracting("messageKey").isEqualTo("participant.error.hours.negative");
        assertThatThrownBy(() -> LedgerRules.parseHours("14")).extracting("messageKey").isEqualTo("participant.error.hours.max");
        assertThatThrownBy(() -> LedgerRules.parseHours("tre")).extracting("messageKey").isEqualTo("participant.error.hours.number");
    }

    @Test
    void atMostThirteenHoursADaySummedOverEveryActivity() {
        LedgerRules.Change base = change(5, TODAY);
        assertThatCode(() -> LedgerRules.check(new LedgerRules.Change(5, TODAY, TODAY, START, END, true, START, null, 8,
                LedgerRules.MonthState.EDITABLE))).doesNotThrowAnyException();
        refused(new LedgerRules.Change(6, TODAY, TODAY, START, END, true, START, null, 8, LedgerRules.MonthState.EDITABLE),
                "participant.error.day.tooMany");
        assertThatCode(() -> LedgerRules.check(new LedgerRules.Change(13, TODAY, TODAY, START, END, true, START, null, 0,
                LedgerRules.MonthState.EDITABLE))).doesNotThrowAnyException();
        assertThat(base.hours()).isEqualTo(5);
    }

    @Test
    void theDateLiesWithinTheActivityAndNotInTheFuture() {
        refused(change(3, TODAY.plusDays(1)), "participant.error.day.future");
        refused(change(3, START.minusDays(1)), "participant.error.day.outsideActivity");
        assertThatCode(() -> LedgerRules.check(change(3, START))).doesNotThrowAnyException();
        assertThatCode(() -> LedgerRules.check(change(3, TODAY))).doesNotThrowAnyException();
        // the end lies after today here; an activity that ended refuses days after its end
        refused(new LedgerRules.Change(3, END.plusDays(1), END.plusDays(5), START, END, true, START, null, 0,
                LedgerRules.MonthState.EDITABLE), "participant.error.day.outsideActivity");
    }

    @Test
    void theParticipantIsRegisteredAndActiveOnTheDate() {
        refused(new LedgerRules.Change(3, TODAY, TODAY, START, END, false, START, null, 0, LedgerRules.MonthState.EDITABLE),
                "participant.error.notRegistered");
        refused(new LedgerRules.Change(3, START, TODAY, START, END, true, START.plusDays(1), null, 0,
                LedgerRules.MonthState.EDITABLE), "participant.error.notActive");
        refused(new LedgerRules.Change(3, TODAY, TODAY, START, END, true, START, TODAY.minusDays(1), 0,
                LedgerRules.MonthState.EDITABLE), "participant.error.notActive");
    }

    @Test
    void aSentSignedOrLockedMonthCannotChangeNotEvenByRemovingHours() {
        for (var state : new LedgerRules.MonthState[]{LedgerRules.MonthState.AWAITING_SIGNATURE,
                LedgerRules.MonthState.SIGNED, LedgerRules.MonthState.LOCKED}) {
            for (int hours : new int[]{0, 3}) {
                String key = switch (state) {
                    case LOCKED -> "participant.error.month.locked";
                    case SIGNED -> "participant.error.month.signed";
                    default -> "participant.error.month.sent";
                };
                refused(new LedgerRules.Change(hours, TODAY, TODAY, START, END, true, START, null, 0, state), key);
            }
        }
        assertThatCode(() -> LedgerRules.check(change(0, TODAY))).doesNotThrowAnyException();
    }
}
