package se.kompetensresan.company.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.shared.Geography;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** Fills in the public application form (the onboarding view, in Karibu) with valid values for a company of Karlskoga. */
public final class ApplicationFormFill {

    private ApplicationFormFill() {
    }

    @SuppressWarnings("unchecked")
    public static void valid(ApplicationContext ctx, String organisationNumber, String name) {
        _setValue(_get(TextField.class, s -> s.withId("onboarding-orgnr")), organisationNumber);
        _setValue(_get(TextField.class, s -> s.withId("onboarding-name")), name);
        _setValue(_get(TextField.class, s -> s.withId("onboarding-address")), "Bruksgatan 1");
        _setValue(_get(TextField.class, s -> s.withId("onboarding-postalcode")), "691 41");
        _setValue(_get(TextField.class, s -> s.withId("onboarding-town")), "Karlskoga");
        ComboBox<Geography.Municipality> m = _get(ComboBox.class, s -> s.withId("onboarding-municipality"));
        _setValue(m, ctx.getBean(Geography.class).municipality("1883").orElseThrow());
        _setValue(_get(TextField.class, s -> s.withId("onboarding-sni")), "25.620");
        _setValue(_get(TextField.class, s -> s.withId("onboarding-women")), "3");
        _setValue(_get(TextField.class, s -> s.withId("onboarding-men")), "12");
        Select<TurnoverClass> turnover = _get(Select.class, s -> s.withId("onboarding-turnover"));
        _setValue(turnover, TurnoverClass.FROM_1_TO_10_MSEK);
        _setValue(_get(TextField.class, s -> s.withId("onboarding-contact-name")), "Anna Andersson");
        _setValue(_get(EmailField.class, s -> s.withId("onboarding-email")), "anna-" + UUID.randomUUID() + "@bruket.se");
        _setValue(_get(TextField.class, s -> s.withId("onboarding-phone")), "0586-123 45");
        _setValue(_get(Checkbox.class, s -> s.withId("onboarding-consent")), true);
        for (String id : List.of("onboarding-deminimis", "onboarding-deminimis-1", "onboarding-deminimis-2")) {
            _setValue(_get(TextField.class, s -> s.withId(id)), "0");
        }
    }
}
