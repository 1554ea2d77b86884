package com.cartera.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.LoopbackHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scripts a chart loads are served by the running server over real HTTP, from the WebJar and from
 * Cartera's own files, without sign-in (an expired session must not turn them into a redirect) and under the
 * content security policy.
 */
@CarteraIntegrationTest
class ChartScriptsTest {

    @LocalServerPort
    int port;

    @Test
    void echartsItsSpanishLocaleAndTheChartElementAreServed() {
        var http = new LoopbackHttp(port, "127.0.0.1");
        for (String url : List.of(Chart.ECHARTS, Chart.ECHARTS_SPANISH, "context://scripts/cartera-chart.js")) {
            var response = http.get("/" + url.substring("context://".length()));
            assertThat(response.status()).as(url).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(url).hasValueSatisfying(type ->
                    assertThat(type).contains("javascript"));
            assertThat(response.header("Content-Security-Policy")).as(url).isPresent();
        }
        assertThat(http.get("/scripts/cartera-chart.js").body()).contains("customElements.define('cartera-chart'");
    }
}
