package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import se.kompetensresan.coaching.PlannedActivityInfo;

/** The columns of a plan's actions, shared by the coach's page and the company's approval page. */
final class ActivityColumns {
    private ActivityColumns() {
    }

    static void add(Grid<PlannedActivityInfo> grid, Component i18n) {
        grid.addColumn(a -> CoachingView.areaName(i18n, a.areaCode())).setHeader(i18n.getTranslation("coaching.activity.area")).setFlexGrow(1);
        grid.addColumn(PlannedActivityInfo::title).setHeader(i18n.getTranslation("coaching.activity.title")).setFlexGrow(2);
        grid.addColumn(a -> a.courseName() == null ? "" : i18n.getTranslation("coaching.activity.courseValue", a.courseName(), a.courseProvider()))
                .setHeader(i18n.getTranslation("coaching.activity.courseColumn")).setFlexGrow(2);
        grid.addColumn(PlannedActivityInfo::targetGroup).setHeader(i18n.getTranslation("coaching.activity.targetGroup")).setFlexGrow(1);
        grid.addColumn(PlannedActivityInfo::participants).setHeader(i18n.getTranslation("coaching.activity.participants")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlannedActivityInfo::hoursPerParticipant).setHeader(i18n.getTranslation("coaching.activity.hours")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlannedActivityInfo::plannedStart).setHeader(i18n.getTranslation("coaching.activity.start")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.estimatedCost() == null ? "" : i18n.getTranslation("coaching.activity.costValue", a.estimatedCost()))
                .setHeader(i18n.getTranslation("coaching.activity.cost")).setAutoWidth(true).setFlexGrow(0);
    }
}
