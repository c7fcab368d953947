package com.acme.weather;

public record Weather(String city, int temperatureC, String conditions) {}
