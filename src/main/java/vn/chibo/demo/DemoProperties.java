package vn.chibo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled true or false; null (unset) means on exactly when no platform token is set */
@ConfigurationProperties("chibo.demo")
record DemoProperties(Boolean enabled) {
}
