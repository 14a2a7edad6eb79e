package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.kompetensresan.coaching.PlanStatus;
import se.kompetensresan.coaching.PlanVersionActivity;
import se.kompetensresan.coaching.PlanVersionInfo;

import java.time.ZoneId;
import java.util.List;
import java.util.ArrayList;
import java.util.Collections;

/**
 * The submitted versions of a plan, newest first, each with what the company decided ("Version 1 – begärde
 * ändringar: …") and, opened, the actions as they were then. Shared by the coach's page and the approval page.
 */
class PlanHistory extends VerticalLayout {

    PlanHistory(List<PlanVersionInfo> versions, ZoneId zone) {
        setId("plan-history");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("coaching.history")));
        List<PlanVersionInfo> newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        for (PlanVersionInfo v : newestFirst) {
            String when = v.decidedAt() != null ? v.decidedAt().atZone(zone).toLocalDate().toString()
                    : v.submittedAt().atZone(zone).toLocalDate().toString();
            String status = v.status() == PlanStatus.REJECTED
                    ? getTranslation("coaching.history.REJECTED", v.version(), v.companyComment(), when)
                    : getTranslation("coaching.history." + v.status().name(), v.version(), when);
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            content.setSpacing(false);
            content.add(new Paragraph(getTranslation("coaching.history.submitted",
                    v.submittedAt().atZone(zone).toLocalDate().toString(), v.submittedBy())));
            if (v.summary() != null) {
                Paragraph summary = new Paragraph(v.summary());
                summary.getStyle().set("white-space", "pre-line");
                content.add(summary);
            }
            UnorderedList actions = new UnorderedList();
            for (PlanVersionActivity a : v.activities()) {
                String line = getTranslation("coaching.history.activity", a.title(), a.participants(), a.hoursPerParticipant());
                if (a.courseName() != null) {
                    line += " " + getTranslation("coaching.history.course", a.courseName(), a.courseProvider());
                }
                if (a.estimatedCost() != null) {
                    line += " " + getTranslation("coaching.history.cost", a.estimatedCost());
                }
                actions.add(new ListItem(line));
            }
            content.add(actions);
            Details d = new Details(status, content);
            d.setId("plan-version-" + v.version());
            add(d);
        }
    }
}
