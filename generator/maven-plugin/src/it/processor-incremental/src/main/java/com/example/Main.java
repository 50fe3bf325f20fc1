package com.example;

import com.example.pets.api.PetsApi;
import io.recordgen.runtime.ApiClient;

/** Uses the part of the generated client that every version of the spec has. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PetsApi pets = PetsApi.create(ApiClient.builder().endpoint("http://127.0.0.1:1").build());
    System.out.println(pets);
  }
}
