package vn.chibo.text;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Where every text a user reads comes from: {@code messages_vi.properties} (the default) and
 * {@code messages_en.properties}. Every text goes through MessageFormat, with or without arguments, so an
 * apostrophe is always written {@code ''} and a text reads the same whether a caller passes arguments or not.
 */
public final class Texts {

    private Texts() {
    }

    public static MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.VIETNAMESE);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
