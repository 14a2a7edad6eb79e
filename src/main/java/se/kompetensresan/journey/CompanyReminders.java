package se.kompetensresan.journey;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.journey.casefile.JourneyEvent;
import se.kompetensresan.journey.casefile.JourneyEventRepository;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Send a reminder now": a COACH or MANAGER of the delprojekt reminds companies of the company tasks that wait for
 * them (survey, plan approval, attendance, follow-up), from the inbox or the list of journeys, one company or many.
 * The same mail as the process's own reminders, and the same timeline entry, with the user as actor. A task reminded
 * less than {@code manual-reminder-interval} ago is not reminded again.
 */
@Service
@Transactional
public class CompanyReminders {

    /**
     * What a request did, per journey: reminded, skipped as reminded a moment ago, skipped with nothing waiting, and
     * not reached for want of an e-mail address (no company user with one, no contact e-mail).
     */
    public record Outcome(int reminded, int remindedRecently, int nothingWaiting, int noAddress) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JourneyRepository journeys;
    private final JourneyEventRepository events;
    private final TaskService tasks;
    private final JourneyNotifications notifications;
    private final CurrentUser currentUser;
    private final ReminderThrottle throttle;
    private final Clock clock;

    CompanyReminders(JourneyRepository journeys, JourneyEventRepository events, TaskService tasks,
                     JourneyNotifications notifications, CurrentUser currentUser, JourneySettings settings, Clock clock) {
        this.journeys = journeys;
        this.events = events;
        this.tasks = tasks;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.throttle = new ReminderThrottle(settings.manualReminderInterval());
        this.clock = clock;
    }

    /**
     * Reminds the companies of the journeys (by case number) of every company task that waits for them. A case the
     * user may not see is refused before anything is sent. For one case a reminder that cannot go says why (reminded
     * a moment ago, nothing waiting); for several the outcome counts them.
     */
    public Outcome remindNow(Collection<String> caseNumbers) {
        UserAccount u = currentUser.requireRole(Role.COACH, Role.MANAGER);
        if (caseNumbers == null || caseNumbers.isEmpty()) {
            throw new UserMessageException("journey.inbox.error.noneSelected");
        }
        List<Journey> list = new LinkedHashSet<>(caseNumbers).stream().map(cn -> {
            Journey j = cn == null ? null : journeys.findByCaseNumber(cn).orElse(null);
            if (j == null || !u.canSee(j.companyId, j.subprojectId)) {
                throw currentUser.refused(u.username() + " may not remind the company of case " + cn);
            }
            return j;
        }).toList();
        Instant now = clock.instant();
        int reminded = 0;
        int recently = 0;
        int nothing = 0;
        int noAddress = 0;
        UserMessageException why = null;
        for (Journey j : list) {
            List<Task> waiting = j.status != JourneyStatus.ACTIVE ? List.of() : tasks.createTaskQuery()
                    .processDefinitionKey(JourneyProcess.PROCESS_ID).processInstanceBusinessKey(j.caseNumber)
                    .taskDefinitionKeyIn(JourneyProcess.REMINDED_TASKS.toArray(String[]::new)).list();
            if (waiting.isEmpty()) {
                nothing++;
                why = new UserMessageException("journey.remind.error.nothingWaiting");
                continue;
            }
            Map<String, Optional<Instant>> notBefore = new HashMap<>();
            boolean sent = false;
            boolean held = false;
            for (Task t : waiting) {
                String key = t.getTaskDefinitionKey();
                Optional<Instant> next = notBefore.computeIfAbsent(key,
                        k -> throttle.notBefore(lastReminder(j.id, k, now), now));
                if (next.isPresent()) {
                    held = true;
                    why = new UserMessageException("journey.remind.error.tooSoon",
                            Math.max(1, throttle.interval().toMinutes()),
                            TIME.format(next.get().atZone(ZoneId.systemDefault())));
                    continue;
                }
                int recipients = notifications.reminder(j.caseNumber, j.companyId, key, JourneyProcess.companyTaskPath(key,
                        JourneyVariables.ofTask(tasks, t.getId()), j.companyId), u.username());
                if (recipients > 0) {
                    sent = true;
                } else {
                    why = new UserMessageException("journey.remind.error.noAddress");
                }
            }
            if (sent) {
                reminded++;
            } else if (held) {
                recently++;
            } else {
                noAddress++;
            }
        }
        if (list.size() == 1 && reminded == 0) {
            throw why; // and the transaction rolls back: no timeline entry of a reminder that reached nobody
        }
        return new Outcome(reminded, recently, nothing, noAddress);
    }

    /**
     * The last reminder of the task within the throttle's interval that reached someone, or null (one that reached
     * nobody does not hold the next, once the company has an address).
     */
    private Instant lastReminder(long journeyId, String taskKey, Instant now) {
        Duration window = throttle.interval();
        return events.findByJourneyIdAndTypeAndAtAfterOrderByAtDesc(journeyId, JourneyEventType.REMINDER_SENT,
                        now.minus(window)).stream()
                .filter(e -> e.arguments().size() > 1 && taskKey.equals(e.arguments().get(0))
                        && !"0".equals(e.arguments().get(1)))
                .map(JourneyEvent::at).findFirst().orElse(null);
    }
}
