File out = new File(basedir, 'target/generated-sources/tristate/it/split')
assert new File(out, 'Holder.java').isFile() : "Holder.java not generated in ${out}"
assert new File(out, 'Pet.java').isFile() : "Pet.java (from ../common/pet.yaml) not generated in ${out}"
true
