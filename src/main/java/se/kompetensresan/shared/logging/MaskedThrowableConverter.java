package se.kompetensresan.shared.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback {@code %maskedEx}: stack traces, their messages without e-mail addresses or personnummer. */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMask.mask(super.convert(event));
    }
}
