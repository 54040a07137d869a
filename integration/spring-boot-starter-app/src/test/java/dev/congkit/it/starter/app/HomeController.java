package dev.congkit.it.starter.app;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page of the vendor's own, drawn by Thymeleaf with widgets from the starter's "congkit" bean. */
@Controller
class HomeController {

    @GetMapping("/gioi-thieu")
    String about() {
        return "gioi-thieu";
    }
}
