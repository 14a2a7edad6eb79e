package se.kompetensresan.journey.ui;

import se.kompetensresan.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.casefile.AttachmentContent;
import se.kompetensresan.journey.casefile.AttachmentInfo;
import se.kompetensresan.journey.casefile.AttachmentTypes;
import se.kompetensresan.journey.casefile.CaseFile;
import se.kompetensresan.journey.casefile.CommentInfo;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.JourneyStatus;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.security.RouteIds;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.journey.JourneyRecorder;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.shared.ui.CappedUpload;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One company's case: the four-step stage bar with status, the open tasks, the timeline (our events, the
 * engine's completed tasks and fired timers), comments (internal ones hidden from the company) and attachments
 * (pdf, docx, xlsx, png up to 10 MB, type checked by content).
 */
@Route("journeys/:companyId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class JourneyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final JourneyService journeys;
    private final CaseFile caseFile;
    private final CompanyService companies;
    private final TaskInbox inbox;
    private final UserAccount user;
    private final UserService users;
    private String title = "";
    private long companyId;

    final UnorderedList timeline = new UnorderedList();
    final Div commentList = new Div();
    final TextArea commentText = new TextArea();
    final Checkbox commentInternal = new Checkbox();
    final Div attachmentList = new Div();
    final Span uploadError = new Span();
    final Upload upload = new Upload();

    JourneyView(JourneyService journeys, CaseFile caseFile, CompanyService companies, TaskInbox inbox,
                CurrentUser currentUser, UserService users) {
        this.users = users;
        this.journeys = journeys;
        this.caseFile = caseFile;
        this.companies = companies;
        this.inbox = inbox;
        this.user = currentUser.require();
        setId("journey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        companyId = RouteIds.number(event, "companyId");
        String companyName = companies.get(companyId).name(); // refuses foreign companies
        removeAll();
        Optional<JourneyInfo> journey = journeys.journeyOf(companyId);
        title = companyName;
        add(new H1(journey.map(j -> getTranslation("journey.journey.title", j.caseNumber())).orElse(companyName)));
        if (journey.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.journey.none"));
            none.setId("journey-none");
            add(new Paragraph(companyName), none);
            return;
        }
        JourneyInfo j = journey.get();
        Paragraph summary = new Paragraph(companyName + " · " + getTranslation("journey.journey.started", Formats.date(j.startedAt()))
                + " · " + getTranslation("journey.status." + j.status().name())
                + (j.coach() == null || user.is(Role.COMPANY) ? "" : " · " + getTranslation("journey.journey.coach",
                j.coachName() == null ? j.coach() : j.coachName())));
        summary.setId("journey-summary");
        add(summary);
        List<TimelineEntry> entries = caseFile.timeline(companyId);
        add(stageBar(j));

        add(new H2(getTranslation("journey.journey.tasks")));
        add(openTasks());

        add(new H2(getTranslation("journey.journey.timeline")));
        timeline.setId("journey-timeline");
        showTimeline(entries);
        add(timeline);

        add(new H2(getTranslation("journey.journey.comments")));
        add(commentSection());
        add(new H2(getTranslation("journey.journey.attachments")));
        add(attachmentSection());
    }

    private void showTimeline(List<TimelineEntry> entries) {
        timeline.removeAll();
        Map<String, String> names = users.namesOf(entries.stream().map(TimelineEntry::actor).collect(Collectors.toSet()));
        for (TimelineEntry e : entries) {
            ListItem item = new ListItem(Formats.dateTime(e.at()) + " – " + describe(e, names) + " (" + personName(e.actor(), names) + ")");
            item.addClassName("timeline-entry");
            timeline.add(item);
        }
    }

    /** A person by name; the engine is "systemet". */
    private String personName(String username, Map<String, String> names) {
        if (username == null || JourneyRecorder.SYSTEM.equals(username)) {
            return getTranslation("journey.actor.system");
        }
        return names.getOrDefault(username, username);
    }

    private String describe(TimelineEntry e, Map<String, String> names) {
        String name = "journey.event." + e.type().name();
        return switch (e.type()) {
            case TASK_COMPLETED -> getTranslation(name, getTranslation("journey.task." + e.argument(0)));
            case PHASE_CHANGED -> getTranslation(name, getTranslation("journey.phase." + e.argument(0)));
            case TIMER_FIRED -> e.argument(1) == null ? getTranslation("journey.timer." + e.argument(0))
                    : getTranslation("journey.timer." + e.argument(0) + ".course", e.argument(1));
            case TRAINING_BOOKED, ATTENDANCE_REPORTED, ATTENDANCE_APPROVED -> e.argument(1) == null
                    ? getTranslation(name + ".plain") : getTranslation(name, e.argument(1));
            case ANALYSIS_CONFIRMED -> e.arguments().isEmpty() ? getTranslation(name, noteOf(e))
                    : getTranslation(name, getTranslation("journey.track." + e.argument(0)) + ": "
                    + e.arguments().stream().skip(1).map(c -> getTranslation(CompetenceAreas.messageKey(c)))
                    .collect(Collectors.joining(", ")));
            case TASK_ASSIGNED -> e.arguments().isEmpty() ? getTranslation(name + ".plain")
                    : getTranslation(name, getTranslation("journey.task." + e.argument(0)) + " → " + personName(e.argument(1), names));
            case COACH_REASSIGNED -> e.arguments().isEmpty() ? getTranslation(name + ".plain")
                    : getTranslation(name, personName(e.argument(0), names));
            case COMPANY_CONTACTED, CLOSED -> e.note() == null ? getTranslation(name + ".plain")
                    : getTranslation(name, e.note());
            case PLAN_REJECTED, WITHDRAWAL_REQUESTED -> getTranslation(name, noteOf(e));
            case SIGNING_REMINDED, SIGNING_OVERDUE -> getTranslation(name, e.argument(0),
                    e.argument(1) == null ? 0 : Integer.parseInt(e.argument(1)));
            case REMINDER_SENT -> e.argument(1) == null
                    ? getTranslation(name + ".plain", getTranslation("journey.task." + e.argument(0)))
                    : getTranslation(name, getTranslation("journey.task." + e.argument(0)), Integer.parseInt(e.argument(1)));
            default -> getTranslation(name, e.arguments().isEmpty() ? noteOf(e) : e.argument(0));
        };
    }

    private static String noteOf(TimelineEntry e) {
        return e.note() == null ? "" : e.note();
    }

    // ---- stage bar

    private Div stageBar(JourneyInfo j) {
        Div bar = new Div();
        bar.setId("journey-stages");
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        int currentStage = j.phase().stage();
        if (j.status() == JourneyStatus.WITHDRAWN) {
            currentStage = (j.withdrawnFrom() == null ? JourneyPhase.SURVEY : j.withdrawnFrom()).stage();
        }
        for (int stage = 0; stage < 4; stage++) {
            String status;
            if (j.status() == JourneyStatus.COMPLETED || stage < currentStage) {
                status = "done";
            } else if (stage == currentStage) {
                status = j.status() == JourneyStatus.WITHDRAWN ? "withdrawn" : "current";
            } else {
                status = "upcoming";
            }
            Div step = new Div();
            step.setId("journey-stage-" + stage);
            step.addClassName("stage-" + status);
            step.getElement().setAttribute("data-status", status);
            Span name = new Span((stage + 1) + ". " + getTranslation("journey.stage." + stage));
            name.getStyle().set("font-weight", "600");
            Span label = new Span(getTranslation("journey.stage.status." + status));
            label.getElement().getThemeList().add("badge small" + switch (status) {
                case "done" -> " success";
                case "current" -> " primary";
                case "withdrawn" -> " error primary";
                default -> " contrast";
            });
            step.add(name, label);
            step.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("min-width", "9em").set("flex", "1 1 9em")
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-top", "4px solid " + switch (status) {
                        case "done" -> "var(--lumo-success-color)";
                        case "current" -> "var(--lumo-primary-color)";
                        case "withdrawn" -> "var(--lumo-error-color)";
                        default -> "var(--lumo-contrast-20pct)";
                    });
            if ("current".equals(status)) {
                step.getElement().setAttribute("aria-current", "step");
            }
            bar.add(step);
        }
        return bar;
    }

    // ---- open tasks

    private Component openTasks() {
        List<TaskInfo> tasks = inbox.tasksOf(companyId);
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.journey.noTasks"));
            none.setId("journey-tasks-none");
            return none;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId("journey-tasks");
        list.setPadding(false);
        list.setSpacing(false);
        for (TaskInfo t : tasks) {
            String task = getTranslation("journey.task." + t.taskKey());
            Span text = new Span((t.courseName() == null ? task : getTranslation("journey.task.withCourse", task, t.courseName()))
                    + (t.due() == null ? "" : " · " + getTranslation("journey.journey.due", Formats.date(t.due())))
                    + (t.assigneeName() == null ? "" : " · " + t.assigneeName()));
            text.addClassName("journey-task-text");
            if (t.overdue()) {
                text.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Button open = new Button(getTranslation("journey.inbox.open"), e -> UI.getCurrent().navigate(t.route()));
            open.setId("journey-task-open-" + t.taskId());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(open, text);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        return list;
    }

    // ---- comments

    private Component commentSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        commentList.setId("journey-comments");
        showComments();
        commentText.setId("journey-comment-text");
        commentText.setLabel(getTranslation("journey.comment.text"));
        commentText.setWidthFull();
        commentText.setMaxWidth("50em");
        commentInternal.setId("journey-comment-internal");
        commentInternal.setLabel(getTranslation("journey.comment.internal"));
        commentInternal.setVisible(!user.is(Role.COMPANY));
        Button add = new Button(getTranslation("journey.comment.add"), e -> addComment());
        add.setId("journey-comment-add");
        HorizontalLayout actions = new HorizontalLayout(commentInternal, add);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        box.add(commentList, commentText, actions);
        return box;
    }

    private void showComments() {
        commentList.removeAll();
        List<CommentInfo> list = caseFile.comments(companyId);
        Map<String, String> names = users.namesOf(list.stream().map(CommentInfo::author).collect(Collectors.toSet()));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.comment.none"));
            none.addClassName("comments-none");
            commentList.add(none);
        }
        for (CommentInfo c : list) {
            Div item = new Div();
            item.setId("journey-comment-" + c.id());
            item.addClassName("journey-comment");
            item.getStyle().set("border-left", "3px solid " + (c.internal() ? "var(--lumo-warning-color, #e8a400)" : "var(--lumo-contrast-20pct)"))
                    .set("padding", "0 var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)");
            Span meta = new Span(Formats.dateTime(c.at()) + " · " + personName(c.author(), names) + " (" + getTranslation("role." + c.authorRole()) + ")");
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            HorizontalLayout head = new HorizontalLayout(meta);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            if (c.internal()) {
                Span badge = new Span(getTranslation("journey.comment.internalBadge"));
                badge.getElement().getThemeList().add("badge small contrast");
                badge.addClassName("comment-internal");
                head.add(badge);
            }
            Paragraph body = new Paragraph(c.body());
            body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            item.add(head, body);
            commentList.add(item);
        }
    }

    void addComment() {
        if (FieldErrors.of(this, commentText).run(() ->
                caseFile.addComment(companyId, commentText.getValue(), commentInternal.getValue()))) {
            commentText.clear();
            commentInternal.clear();
            showComments();
        }
    }

    // ---- attachments

    private Component attachmentSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        attachmentList.setId("journey-attachments");
        showAttachments();
        upload.setId("journey-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AttachmentTypes.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".png", "application/pdf", "image/png",
                AttachmentTypes.Type.DOCX.mimeType, AttachmentTypes.Type.XLSX.mimeType);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("journey.attachment.add")).setMany(getTranslation("journey.attachment.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("journey.attachment.drop")).setMany(getTranslation("journey.attachment.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("journey.attachment.error.size", AttachmentTypes.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("journey.attachment.error.type", ""))
                .setTooManyFiles(getTranslation("journey.attachment.error.tooMany")));
        upload.setI18n(i18n);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(new CappedUpload(AttachmentTypes.MAX_BYTES,
                (meta, data) -> ui.access(() -> receive(meta.fileName(), data)),
                () -> ui.access(() -> showUploadError(getTranslation("journey.attachment.error.size",
                        AttachmentTypes.MAX_BYTES / (1024 * 1024))))));
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        uploadError.setId("journey-upload-error");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        uploadError.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("journey.attachment.hint", AttachmentTypes.MAX_BYTES / (1024 * 1024)));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        box.add(attachmentList, upload, hint, uploadError);
        return box;
    }

    /** Stores an uploaded file with the case (what the upload handler does once the bytes are in). */
    void receive(String fileName, byte[] data) {
        try {
            AttachmentInfo a = caseFile.addAttachment(companyId, fileName, data);
            uploadError.setVisible(false);
            upload.clearFileList();
            showAttachments();
            showTimeline(caseFile.timeline(companyId));
            Notices.success(getTranslation("journey.attachment.added", a.fileName()));
        } catch (UserMessageException e) {
            upload.clearFileList();
            showUploadError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void showAttachments() {
        attachmentList.removeAll();
        List<AttachmentInfo> list = caseFile.attachments(companyId);
        Map<String, String> names = users.namesOf(list.stream().map(AttachmentInfo::uploadedBy).collect(Collectors.toSet()));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.attachment.none"));
            none.addClassName("attachments-none");
            attachmentList.add(none);
        }
        UnorderedList ul = new UnorderedList();
        for (AttachmentInfo a : list) {
            long id = a.id();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(ev -> {
                AttachmentContent c = caseFile.attachment(id);
                return new DownloadResponse(new ByteArrayInputStream(c.content()), c.fileName(), c.contentType(), c.content().length);
            }), AttachmentType.DOWNLOAD, a.fileName());
            link.setId("journey-attachment-" + id);
            Span meta = new Span(" · " + humanSize(a.sizeBytes()) + " · " + Formats.dateTime(a.at()) + " · " + personName(a.uploadedBy(), names));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
            ul.add(new ListItem(link, meta));
        }
        attachmentList.add(ul);
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
