package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import com.cartera.CarteraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** The servlet container refuses any upload request larger than an import file may be: one setting drives both. */
@CarteraIntegrationTest
class UploadLimitTest {

    @Autowired
    ImportProperties properties;
    @Autowired
    MultipartConfigElement multipart;
    @Autowired
    Environment environment;

    @Test
    void multipartAndTomcatLimitsAreTheImportFileLimit() {
        long limit = properties.maxFileBytes();
        assertThat(multipart.getMaxFileSize()).isEqualTo(limit);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(limit);
        assertThat(environment.getProperty("server.tomcat.max-swallow-size", DataSize.class).toBytes())
                .isEqualTo(limit);
        assertThat(environment.getProperty("server.tomcat.max-http-form-post-size", DataSize.class).toBytes())
                .isEqualTo(limit);
    }
}
