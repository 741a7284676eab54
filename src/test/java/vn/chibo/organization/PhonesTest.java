package vn.chibo.organization;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 001", "+84912345001", "84912345001", "0912.345.001", "(091) 2345-001", " 0912345001 "})
    void everyWayOfWritingANumberGivesTheSameNormalForm(String written) {
        assertThat(Phones.normalize(written)).contains("0912345001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0912 345", "091234500112", "abc0912345001", "+1 202 555 0100"})
    void whatIsNotAVietnamesePhoneNumberIsRefused(String written) {
        assertThat(Phones.normalize(written)).isEmpty();
    }
}
