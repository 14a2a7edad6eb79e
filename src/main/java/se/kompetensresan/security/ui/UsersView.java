package se.kompetensresan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.ScopeDirectory;
import se.kompetensresan.security.StepUpDialog;
import se.kompetensresan.security.UserService;
import se.kompetensresan.security.UserStatus;
import se.kompetensresan.shared.UserMessageException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administrators: every user account — create (with a password that passes the policy, or by e-mailed invitation),
 * disable/enable, change role and scope, reset two-factor sign-in, lift a lock — and the way into Camunda Cockpit.
 * Every change that matters for access ends the user's sessions.
 */
@Route("admin/users")
@Menu(order = 90, title = "security.menu.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Map<Long, String> subprojects;
    private final Map<Long, String> companies;
    private final Grid<UserStatus> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<UserStatus> all = List.of();

    UsersView(UserService users, ObjectProvider<ScopeDirectory> directories) {
        this.users = users;
        this.subprojects = directory(directories, "subproject");
        this.companies = directory(directories, "company");
        setId("users-view");
        grid.setId("users-grid");
        grid.addColumn(s -> s.account().username()).setHeader(getTranslation("security.users.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.account().displayName()).setHeader(getTranslation("security.users.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("role." + s.account().role().name())).setHeader(getTranslation("security.users.role")).setSortable(true);
        grid.addColumn(s -> s.account().email()).setHeader(getTranslation("security.users.email"));
        grid.addColumn(this::scope).setHeader(getTranslation("security.users.scope")).setKey("scope");
        grid.addColumn(this::state).setHeader(getTranslation("security.users.state")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("security.users.edit"), e -> edit(s));
            edit.setId("users-edit-" + s.account().id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true).setKey("edit");

        search.setId("users-search");
        search.setPlaceholder(getTranslation("security.users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        Button create = new Button(getTranslation("security.users.create"), e -> create());
        create.setId("users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("security.cockpit"));
        cockpit.setId("cockpit-link");
        cockpit.getElement().setAttribute("router-ignore", true);
        cockpit.setTarget("_blank");
        HorizontalLayout bar = new HorizontalLayout(search, create, cockpit);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("security.users.title")), bar, grid);
        setSizeFull();
        refresh();
    }

    private static Map<Long, String> directory(ObjectProvider<ScopeDirectory> directories, String kind) {
        return directories.stream().filter(d -> d.kind().equals(kind)).findFirst().map(ScopeDirectory::names).orElse(Map.of());
    }

    private void refresh() {
        all = users.statuses();
        filter();
    }

    private void filter() {
        String q = search.getValue().toLowerCase();
        grid.setItems(all.stream().filter(u -> u.account().username().toLowerCase().contains(q)
                || u.account().displayName().toLowerCase().contains(q)).toList());
    }

    private String scope(UserStatus s) {
        var a = s.account();
        if (a.companyId() != null) {
            return companies.getOrDefault(a.companyId(), "#" + a.companyId());
        }
        return a.subprojectIds().stream().map(id -> subprojects.getOrDefault(id, "#" + id)).sorted()
                .reduce((x, y) -> x + ", " + y).orElse("");
    }

    private String state(UserStatus s) {
        String state = getTranslation(s.enabled() ? "security.users.state.enabled" : "security.users.state.disabled");
        if (s.twoFactor()) {
            state += " · " + getTranslation("security.users.state.twofactor");
        }
        if (s.locked()) {
            state += " · " + getTranslation("security.users.state.locked");
        }
        return state;
    }

    /** The fields of role and scope, shared by the create and edit dialogs. */
    private final class ScopeFields {
        final Select<Role> role = new Select<>();
        final ComboBox<Long> company = new ComboBox<>();
        final MultiSelectComboBox<Long> subprojectBox = new MultiSelectComboBox<>();

        ScopeFields(String prefix) {
            role.setId(prefix + "-role");
            role.setLabel(getTranslation("security.users.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
            company.setId(prefix + "-company");
            company.setLabel(getTranslation("security.users.company"));
            company.setItems(companies.keySet());
            company.setItemLabelGenerator(id -> companies.getOrDefault(id, "#" + id));
            subprojectBox.setId(prefix + "-subprojects");
            subprojectBox.setLabel(getTranslation("security.users.subprojects"));
            subprojectBox.setItems(subprojects.keySet());
            subprojectBox.setItemLabelGenerator(id -> subprojects.getOrDefault(id, "#" + id));
            role.addValueChangeListener(e -> visible());
            visible();
        }

        void visible() {
            company.setVisible(role.getValue() == Role.COMPANY);
            subprojectBox.setVisible(role.getValue() == Role.COACH || role.getValue() == Role.MANAGER);
        }

        Set<Long> subprojectIds() {
            return new HashSet<>(subprojectBox.getValue());
        }

        void show(UserMessageException e) {
            String k = e.messageKey();
            com.vaadin.flow.component.HasValidation field = k.endsWith(".role") ? role
                    : k.endsWith(".company") ? company : k.endsWith(".subprojects") ? subprojectBox : null;
            if (field == null) {
                Notification.show(getTranslation(k, e.args()), 5000, Notification.Position.MIDDLE);
                return;
            }
            field.setErrorMessage(getTranslation(k, e.args()));
            field.setInvalid(true);
        }
    }

    private void create() {
        Dialog d = new Dialog();
        d.setId("users-create-dialog");
        d.setHeaderTitle(getTranslation("security.users.create"));
        TextField username = new TextField(getTranslation("security.users.username"));
        username.setId("users-new-username");
        TextField name = new TextField(getTranslation("security.users.name"));
        name.setId("users-new-name");
        TextField email = new TextField(getTranslation("security.users.email"));
        email.setId("users-new-email");
        ScopeFields scope = new ScopeFields("users-new");
        Checkbox invite = new Checkbox(getTranslation("security.users.invite"), true);
        invite.setId("users-new-invite");
        PasswordField password = new PasswordField(getTranslation("security.users.password"));
        password.setId("users-new-password");
        password.setVisible(false);
        invite.addValueChangeListener(e -> password.setVisible(!e.getValue()));
        FormLayout form = new FormLayout(username, name, email, scope.role, scope.company, scope.subprojectBox, invite, password);
        d.add(form);
        Button save = new Button(getTranslation("security.users.save"), e -> {
            for (var f : List.of(username, name, email)) {
                f.setInvalid(false);
            }
            password.setInvalid(false);
            try {
                users.createByAdmin(new UserForm(username.getValue(), password.getValue(), name.getValue(), email.getValue(),
                        scope.role.getValue(), scope.company.getValue(), scope.subprojectIds()), invite.getValue());
                d.close();
                Notification.show(getTranslation(invite.getValue() ? "security.users.invited" : "security.users.created"),
                        4000, Notification.Position.TOP_CENTER);
                refresh();
            } catch (UserMessageException ex) {
                String k = ex.messageKey();
                var field = k.startsWith("security.password") ? password : k.contains(".username") ? username
                        : k.endsWith(".name") ? name : k.contains(".email") ? email : null;
                if (field == null) {
                    scope.show(ex);
                } else {
                    field.setErrorMessage(getTranslation(k, ex.args()));
                    field.setInvalid(true);
                }
            }
        });
        save.setId("users-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("security.users.cancel"), e -> d.close());
        d.getFooter().add(cancel, save);
        d.open();
    }

    private void edit(UserStatus s) {
        var a = s.account();
        Dialog d = new Dialog();
        d.setId("users-edit-dialog");
        d.setHeaderTitle(a.displayName() + " (" + a.username() + ")");
        ScopeFields scope = new ScopeFields("users-edit");
        scope.role.setValue(a.role());
        if (a.companyId() != null && companies.containsKey(a.companyId())) {
            scope.company.setValue(a.companyId());
        }
        scope.subprojectBox.setValue(a.subprojectIds().stream().filter(subprojects::containsKey).toList());
        Button save = new Button(getTranslation("security.users.save"), e -> {
            try {
                StepUpDialog.run(() -> {
                    users.changeRoleAndScope(a.id(), scope.role.getValue(), scope.company.getValue(), scope.subprojectIds());
                    d.close();
                    refresh();
                });
            } catch (UserMessageException ex) {
                scope.show(ex);
            }
        });
        save.setId("users-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button enable = new Button(getTranslation(s.enabled() ? "security.users.disable" : "security.users.enable"), e -> {
            StepUpDialog.run(() -> {
                users.setEnabled(a.id(), !s.enabled());
                d.close();
                refresh();
            });
        });
        enable.setId("users-edit-enabled");
        if (s.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button resetTwoFactor = new Button(getTranslation("security.users.twofactor.reset"), e -> {
            StepUpDialog.run(() -> {
                users.resetTwoFactor(a.id());
                d.close();
                refresh();
            });
        });
        resetTwoFactor.setId("users-edit-reset-two-factor");
        resetTwoFactor.setEnabled(s.twoFactor());
        Button unlock = new Button(getTranslation("security.users.unlock"), e -> {
            users.unlock(a.id());
            d.close();
            refresh();
        });
        unlock.setId("users-edit-unlock");
        unlock.setEnabled(s.locked());
        d.add(new FormLayout(scope.role, scope.company, scope.subprojectBox),
                new Span(getTranslation("security.users.sessions")), new HorizontalLayout(enable, resetTwoFactor, unlock));
        Button cancel = new Button(getTranslation("security.users.cancel"), e -> d.close());
        d.getFooter().add(cancel, save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }
}
