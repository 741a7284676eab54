package vn.chibo.channel.zns;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** ZNS is on when its app id, secret key and first refresh token are all set. */
class ZnsConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !environment.getProperty("chibo.zns.app-id", "").isBlank()
                && !environment.getProperty("chibo.zns.secret-key", "").isBlank()
                && !environment.getProperty("chibo.zns.refresh-token", "").isBlank();
    }
}
