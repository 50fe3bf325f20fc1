package com.example;

import com.example.pets.api.PetsApi;
import com.example.pets.model.Pet;
import io.recordgen.runtime.ApiClient;
import java.util.List;

/** Uses the generated code, so that the build compiles against it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PetsApi pets = PetsApi.create(ApiClient.builder().endpoint("http://127.0.0.1:1").build());
    System.out.println(pets + " " + new Pet("rex", "Rex", List.of("dog")));
  }
}
