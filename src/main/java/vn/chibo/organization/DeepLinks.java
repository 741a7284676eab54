package vn.chibo.organization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links that open a chat with the bot and link the account in one tap. */
@Component
public class DeepLinks {

    private final String telegramBotUsername;

    DeepLinks(@Value("${chibo.telegram.bot-username}") String telegramBotUsername) {
        this.telegramBotUsername = telegramBotUsername;
    }

    /** https://t.me/&lt;bot&gt;?start=&lt;code&gt;: Telegram sends "/start &lt;code&gt;" when the member taps Start. */
    public String telegram(String inviteCode) {
        return "https://t.me/" + telegramBotUsername + "?start=" + inviteCode;
    }
}
