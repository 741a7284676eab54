package vn.chibo.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("chibo.invites")
record OrganizationProperties(Duration timeToLive) {
}
