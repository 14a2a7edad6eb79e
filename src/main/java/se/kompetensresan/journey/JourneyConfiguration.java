package se.kompetensresan.journey;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/** Wiring of the journey module that annotations alone do not give. */
@Configuration
class JourneyConfiguration {

    /**
     * {@code @ConfigurationPropertiesScan} registers the settings under a generated name; the BPMN model
     * refers to them as {@code journeySettings}.
     */
    @Bean
    static BeanFactoryPostProcessor journeySettingsAlias() {
        return beanFactory -> {
            String[] names = beanFactory.getBeanNamesForType(JourneySettings.class, false, false);
            if (names.length != 1) {
                throw new IllegalStateException("expected one JourneySettings bean, found " + Arrays.toString(names));
            }
            if (!names[0].equals(JourneyProcess.BEAN_SETTINGS)) {
                beanFactory.registerAlias(names[0], JourneyProcess.BEAN_SETTINGS);
            }
        };
    }
}
