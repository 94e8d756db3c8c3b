package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The type grammar of programs-idl/README.md.
class TypeRefTest {
  @Test
  void parsesEveryForm() {
    assertThat(TypeRef.parse("u128")).isEqualTo(new TypeRef.Primitive("u128"));
    assertThat(((TypeRef.Primitive) TypeRef.parse("networkv4")).size()).isEqualTo(5);
    assertThat(TypeRef.parse("vec<Interface>"))
        .isEqualTo(new TypeRef.VecOf(new TypeRef.Named("Interface")));
    assertThat(TypeRef.parse("option<vec<networkv4>>"))
        .isEqualTo(new TypeRef.OptionOf(new TypeRef.VecOf(new TypeRef.Primitive("networkv4"))));
    assertThat(TypeRef.parse("[u8;128]"))
        .isEqualTo(new TypeRef.ArrayOf(new TypeRef.Primitive("u8"), 128));
    assertThat(TypeRef.parse("tail<u32>"))
        .isEqualTo(new TypeRef.TailOf(new TypeRef.Primitive("u32"), -1));
    assertThat(TypeRef.parse("tail<u8>@88"))
        .isEqualTo(new TypeRef.TailOf(new TypeRef.Primitive("u8"), 88));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "u256",
        "vec<>",
        "vec<u8",
        "[u8]",
        "[u8;-1]",
        "[u8;x]",
        "tail<u8>@",
        "lowercaseName",
        "Map<u8,u8>"
      })
  void refusesMalformedTypes(String text) {
    assertThatThrownBy(() -> TypeRef.parse(text)).isInstanceOf(IdlException.class);
  }
}
