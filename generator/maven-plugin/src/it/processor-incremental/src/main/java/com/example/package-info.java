/** The application; the client is generated from {@code openapi/pets.yaml}. */
@GenerateClient(spec = "openapi/pets.yaml", packageName = "com.example.pets")
package com.example;

import io.recordgen.runtime.GenerateClient;
