package com.cartera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CarteraApplication {

    public static void main(String[] args) {
        SpringApplication.run(CarteraApplication.class, args);
    }
}
