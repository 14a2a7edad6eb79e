package se.kompetensresan.company;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * De minimis (stöd av mindre betydelse): a company may receive at most {@link DeMinimisSettings#capEur()} over
 * {@link DeMinimisSettings#years()} fiscal years. What counts: the support the company declared on its application
 * (per fiscal year, EUR; the project office corrects it on the company page) plus the value of the training booked
 * here (SEK, see the training module's booking), counted in the fiscal year of the booking. A fiscal year is the
 * calendar year. A booking that would pass the cap is refused ({@link #requireRoomFor}).
 */
@Service
@Transactional(readOnly = true)
public class DeMinimisService {

    private final CompanyRepository companies;
    private final TrainingAidRepository ledger;
    private final CompanyChangeRepository changes;
    private final CompanyService companyService;
    private final CurrentUser currentUser;
    private final DeMinimisSettings settings;
    private final Clock clock;

    DeMinimisService(CompanyRepository companies, TrainingAidRepository ledger, CompanyChangeRepository changes,
                     CompanyService companyService, CurrentUser currentUser, DeMinimisSettings settings, Clock clock) {
        this.companies = companies;
        this.ledger = ledger;
        this.changes = changes;
        this.companyService = companyService;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    public DeMinimisSettings settings() {
        return settings;
    }

    /** The fiscal year of today (the calendar year). */
    public int currentFiscalYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The fiscal years a declaration covers, the current one first. */
    public List<Integer> windowYears() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < settings.years(); i++) {
            out.add(currentFiscalYear() - i);
        }
        return out;
    }

    /** The company's support over the window against the cap: anyone who may see the company. */
    public DeMinimisStanding standing(long companyId) {
        companyService.requireAccess(companyId);
        return standingOf(companies.findById(companyId).orElseThrow());
    }

    /**
     * Refuses, with the amounts named ({@code company.deminimis.refused}), training worth {@code valueSek} that
     * would take the company over the cap; returns the standing with it (the booking form warns when it is near
     * the cap). Anyone who may see the company; exactly at the cap is allowed.
     */
    public DeMinimisStanding requireRoomFor(long companyId, BigDecimal valueSek) {
        DeMinimisStanding after = standing(companyId).plusTraining(valueSek);
        if (after.overCap()) {
            throw refusal(after);
        }
        return after;
    }

    /** The standing if training worth {@code valueSek} were booked today (for the booking form's warning). */
    public DeMinimisStanding standingWith(long companyId, BigDecimal valueSek) {
        return standing(companyId).plusTraining(valueSek);
    }

    /**
     * Records the value (SEK) of a booked training activity in the ledger, in the current fiscal year, after
     * checking the cap again with the company's row locked (the caller's transaction rolls back on the refusal).
     * One line per activity.
     */
    @Transactional
    public void recordTraining(long companyId, long trainingActivityId, BigDecimal valueSek) {
        companyService.requireAccess(companyId);
        // locked, so that a booking made at the same moment is checked against this one's value
        DeMinimisStanding after = standingOf(companies.lockById(companyId).orElseThrow()).plusTraining(valueSek);
        if (after.overCap()) {
            throw refusal(after);
        }
        if (ledger.findByTrainingActivityId(trainingActivityId).isPresent()) {
            throw new IllegalStateException("training activity " + trainingActivityId + " is already in the ledger");
        }
        TrainingAid a = new TrainingAid();
        a.companyId = companyId;
        a.trainingActivityId = trainingActivityId;
        a.fiscalYear = currentFiscalYear();
        a.amountSek = valueSek.setScale(2, RoundingMode.HALF_UP);
        a.bookedAt = clock.instant();
        ledger.save(a);
    }

    /**
     * A withdrawn or cancelled booking leaves the total (its ledger line stays, marked withdrawn). Anyone who may
     * see the company except its own users; without a signed-in user (the process) no check is made.
     */
    @Transactional
    public void withdrawTraining(long trainingActivityId) {
        ledger.findByTrainingActivityId(trainingActivityId).filter(a -> a.withdrawnAt == null).ifPresent(a -> {
            if (currentUser.get().isPresent()) {
                UserAccount u = companyService.requireAccess(a.companyId);
                if (u.is(Role.COMPANY)) {
                    throw currentUser.refused(u.username() + " (COMPANY) tried to withdraw training aid of activity " + trainingActivityId);
                }
            }
            a.withdrawnAt = clock.instant();
        });
    }

    /**
     * The project office (MANAGER of the company's delprojekt, ADMIN) corrects the declared support, one typed
     * amount per fiscal year of {@link #windowYears()} (EUR, "12 500" or "12500,50"). Each changed year is written
     * to the company's history. Bad input: {@link ApplicationInvalidException} with the field of each year.
     */
    @Transactional
    public DeMinimisStanding correctDeclaration(long companyId, List<String> typedByYear) {
        UserAccount u = companyService.requireAccess(companyId);
        if (!u.is(Role.MANAGER) && !u.is(Role.ADMIN)) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") tried to correct the de minimis declaration of company " + companyId);
        }
        List<FieldError> errors = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < typedByYear.size(); i++) {
            try {
                amounts.add(ApplicationForm.amount(typedByYear.get(i)));
            } catch (UserMessageException e) {
                errors.add(new FieldError(ApplicationField.deMinimisRow(Math.min(i, DeMinimisSettings.MAX_YEARS - 1)),
                        e.messageKey(), List.of(String.valueOf(e.args()[0]))));
                amounts.add(BigDecimal.ZERO); // already refused above
            }
        }
        List<FieldError> rules = new ArrayList<>();
        ApplicationRules.declaration(rules, amounts, settings.years());
        rules.stream().filter(r -> errors.stream().noneMatch(x -> x.field() == r.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new ApplicationInvalidException(errors);
        }
        Company c = companies.findById(companyId).orElseThrow();
        List<Integer> years = windowYears();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            BigDecimal now = amounts.get(i).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal old = c.declaredSupport.get(year);
            if (old != null && old.compareTo(now) == 0) {
                continue;
            }
            CompanyChange ch = new CompanyChange();
            ch.companyId = c.id;
            ch.changedBy = u.displayName();
            ch.changedAt = clock.instant();
            ch.field = "deMinimis";
            ch.oldValue = old == null ? null : year + ": " + eur(old);
            ch.newValue = year + ": " + eur(now);
            changes.save(ch);
            c.declaredSupport.put(year, now);
        }
        return standingOf(c);
    }

    private DeMinimisStanding standingOf(Company c) {
        List<Map.Entry<Integer, BigDecimal>> training = ledger.findByCompanyIdAndWithdrawnAtIsNull(c.id).stream()
                .map(a -> (Map.Entry<Integer, BigDecimal>) new AbstractMap.SimpleEntry<>(a.fiscalYear, a.amountSek))
                .toList();
        return DeMinimisStanding.of(settings, currentFiscalYear(), new TreeMap<>(c.declaredSupport), training);
    }

    /** "Bokningen skulle ge företaget 312 400 EUR i stöd under 3 beskattningsår, över taket 300 000 EUR …" */
    public static UserMessageException refusal(DeMinimisStanding after) {
        return new UserMessageException("company.deminimis.refused", after.totalEur(), after.toYear() - after.fromYear() + 1,
                after.capEur(), after.totalSek(), after.capSek(), String.valueOf(after.fromYear()), String.valueOf(after.toYear()));
    }

    private static String eur(BigDecimal v) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv"));
        nf.setMinimumFractionDigits(0);
        nf.setMaximumFractionDigits(2);
        return nf.format(v) + " EUR";
    }

}
