package vn.chibo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param token the bearer token of the admin API; blank keeps the API closed */
@ConfigurationProperties("chibo.admin")
record AdminApiProperties(String token) {

    boolean open() {
        return token != null && !token.isBlank();
    }
}
