package se.kompetensresan.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;

/**
 * Creates or edits a project. The unit costs per year are typed as lines "2026: 320". Every problem the
 * service finds is shown beside its field; nothing typed is lost.
 */
class ProjectDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField caseNumber = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final BigDecimalField budget = new BigDecimalField();
    private final BigDecimalField esf = new BigDecimalField();
    private final IntegerField coFinancing = new IntegerField();
    private final IntegerField participants = new IntegerField();
    private final IntegerField women = new IntegerField();
    private final IntegerField followUp = new IntegerField();
    private final TextArea unitCosts = new TextArea();
    private final TextField extraSectors = new TextField();
    private final Span formError = new Span();

    /** Beside the rate: the rate budget and ESF support imply, when the typed rate is not it. */
    private void showCoFinancingHint() {
        coFinancing.setHelperText(ProjectForm.coFinancingHint(budget.getValue(), esf.getValue(), coFinancing.getValue())
                .map(r -> getTranslation("project.coFinancing.implied", percent(r)))
                .orElse(null));
    }

    private String percent(BigDecimal r) {
        NumberFormat nf = NumberFormat.getNumberInstance(getLocale());
        nf.setMaximumFractionDigits(1);
        return nf.format(r);
    }

    ProjectDialog(ProjectService service, ProjectForm existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "project.edit.new" : "project.edit.title"));
        setId("project-dialog");
        label(name, "project.field.name", "project-name");
        label(caseNumber, "project.caseNumber", "project-case-number");
        label(owner, "project.owner", "project-owner");
        label(start, "project.field.start", "project-start");
        label(end, "project.field.end", "project-end");
        label(budget, "project.budget", "project-budget");
        label(esf, "project.esfSupport", "project-esf");
        label(coFinancing, "project.field.coFinancing", "project-co-financing");
        label(participants, "project.plannedParticipants", "project-participants");
        label(women, "project.plannedWomen", "project-women");
        label(followUp, "project.field.followUpMonths", "project-follow-up");
        label(unitCosts, "project.field.unitCosts", "project-unit-costs");
        unitCosts.setHelperText(getTranslation("project.field.unitCosts.help"));
        label(extraSectors, "project.field.extraSectors", "project-extra-sectors");
        extraSectors.setHelperText(getTranslation("project.field.extraSectors.help"));
        formError.addClassName("form-error");
        formError.setId("project-form-error");
        if (existing != null) {
            name.setValue(nz(existing.name()));
            caseNumber.setValue(nz(existing.caseNumber()));
            owner.setValue(nz(existing.ownerOrganisation()));
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            budget.setValue(existing.budget());
            esf.setValue(existing.esfSupport());
            coFinancing.setValue(existing.coFinancingPercent());
            participants.setValue(existing.plannedParticipants());
            women.setValue(existing.plannedWomenPercent());
            followUp.setValue(existing.followUpMonths());
            StringBuilder costs = new StringBuilder();
            existing.unitCosts().forEach((y, c) -> costs.append(y).append(": ").append(c.toPlainString()).append('\n'));
            unitCosts.setValue(costs.toString().strip());
            extraSectors.setValue(nz(existing.extraSectors()));
        } else {
            followUp.setValue(3);
            coFinancing.setValue(0);
            women.setValue(0);
            participants.setValue(0);
        }
        budget.addValueChangeListener(e -> showCoFinancingHint());
        esf.addValueChangeListener(e -> showCoFinancingHint());
        coFinancing.addValueChangeListener(e -> showCoFinancingHint());
        showCoFinancingHint();
        FormLayout form = new FormLayout(name, caseNumber, owner, start, end, budget, esf, coFinancing, participants,
                women, followUp, unitCosts, extraSectors);
        form.setColspan(name, 2);
        form.setColspan(unitCosts, 2);
        form.setColspan(extraSectors, 2);
        add(form, formError);

        Button save = new Button(getTranslation("shared.save"), e -> {
            clearErrors();
            Map<Integer, BigDecimal> costs = parseCosts();
            if (costs == null) {
                show("unitCosts", "project.error.unitCostFormat");
                return;
            }
            ProjectForm f = new ProjectForm(existing == null ? null : existing.id(), name.getValue(),
                    caseNumber.getValue(), owner.getValue(), start.getValue(), end.getValue(), budget.getValue(),
                    esf.getValue(), coFinancing.getValue(), participants.getValue(), women.getValue(),
                    followUp.getValue(), costs, extraSectors.getValue());
            Map<String, String> problems = service.validate(f);
            if (!problems.isEmpty()) {
                problems.forEach(this::show);
                return;
            }
            try {
                service.save(f);
                close();
                saved.run();
            } catch (UserMessageException ex) {
                formError.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        cancel.setId("project-cancel");
        getFooter().add(cancel, save);
        setWidth("min(60em, 95vw)");
    }

    /** Lines "2026: 320" (comma or point as decimal mark); null when a line cannot be read. */
    private Map<Integer, BigDecimal> parseCosts() {
        Map<Integer, BigDecimal> costs = new TreeMap<>();
        for (String line : unitCosts.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":");
            if (parts.length != 2) {
                return null;
            }
            try {
                costs.put(Integer.parseInt(parts[0].strip()), new BigDecimal(parts[1].strip().replace(',', '.').replace(" ", "")));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return costs;
    }

    private void show(String field, String key) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("caseNumber", caseNumber);
        fields.put("ownerOrganisation", owner);
        fields.put("startDate", start);
        fields.put("endDate", end);
        fields.put("budget", budget);
        fields.put("esfSupport", esf);
        fields.put("coFinancingPercent", coFinancing);
        fields.put("plannedParticipants", participants);
        fields.put("plannedWomenPercent", women);
        fields.put("followUpMonths", followUp);
        fields.put("unitCosts", unitCosts);
        fields.put("extraSectors", extraSectors);
        HasValidation target = fields.get(field);
        if (target == null) {
            formError.setText(getTranslation(key));
            return;
        }
        target.setErrorMessage(getTranslation(key));
        target.setInvalid(true);
    }

    private void clearErrors() {
        formError.setText("");
        for (HasValidation f : new HasValidation[]{name, caseNumber, owner, start, end, budget, esf, coFinancing,
                participants, women, followUp, unitCosts, extraSectors}) {
            f.setInvalid(false);
        }
    }

    private void label(HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
